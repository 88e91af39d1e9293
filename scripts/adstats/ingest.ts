// npm run ingest:avazu -- <file.csv | file.csv.gz | -> [--source NAME] [--batch N]
// npm run ingest:avazu -- --retry [--max-attempts 5] [--base-delay 60]
// Streams an Avazu log into Postgres (lib/adstats/ingest/ingest.ts): progress bar on stderr
// (rows/s, ETA over the file size), one JSON line on stdout at the end. Re-importing
// the same file adds nothing; dead letters are keyed by source + line number, so the
// source name (default: the file's base name, "stdin" for -) should stay the same
// across re-runs. --retry re-checks unresolved dead letters (bounded, with backoff).
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { describeScriptDatabase } from "../lib/db-url.ts";
import { fileChunks } from "../../lib/adstats/ingest/open-input.ts";
import { runScript, withScriptPool } from "../lib/run-script.ts";

const USAGE =
  "usage: npm run ingest:avazu -- <file.csv | file.csv.gz | -> [--source NAME] [--batch ROWS]\n" +
  "       npm run ingest:avazu -- --retry [--max-attempts N] [--base-delay SECONDS]";

const positiveInt = (name: string, v: string | undefined, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} needs a positive integer\n${USAGE}`);
  return n;
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: "string" },
      batch: { type: "string" },
      retry: { type: "boolean", default: false },
      "max-attempts": { type: "string" },
      "base-delay": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.retry) {
    if (positionals.length > 0) throw new Error(`--retry takes no file\n${USAGE}`);
    return withScriptPool(async (pool) => {
      const { retryDeadLetters } = await import("../../lib/adstats/ingest/retry-dead-letters.ts");
      const result = await retryDeadLetters(pool, {
        maxAttempts: positiveInt("max-attempts", values["max-attempts"], 5),
        baseDelaySeconds: positiveInt("base-delay", values["base-delay"], 60),
      });
      console.log(JSON.stringify(result));
      return 0;
    });
  }
  if (positionals.length !== 1) throw new Error(USAGE);
  const file = positionals[0];
  const stdin = file === "-";
  const totalBytes = stdin ? 0 : statSync(file).size;
  const source = values.source ?? (stdin ? "stdin" : path.basename(file));
  // undefined: the importer's default (DEFAULT_BATCH_ROWS)
  const batchRows = values.batch === undefined ? undefined : positiveInt("batch", values.batch, 1);

  return withScriptPool(async (pool, db) => {
    const { ingestAvazu } = await import("../../lib/adstats/ingest/ingest.ts");
    console.error(
      `importing ${stdin ? "stdin" : file} as "${source}" into ${describeScriptDatabase(db)}`,
    );
    const started = performance.now();
    const bar = new cliProgress.SingleBar(
      {
        format: stdin
          ? "{rows} rows | {rate} rows/s | stored {stored} | dead {dead}"
          : "{bar} {percentage}% | {rows} rows | {rate} rows/s | dead {dead} | ETA {eta_formatted}",
        hideCursor: true,
        etaBuffer: 20,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(stdin ? 1 : totalBytes, 0, { rows: 0, rate: 0, stored: 0, dead: 0 });
    try {
      const input = stdin ? process.stdin : fileChunks(file);
      const result = await ingestAvazu(pool, input, {
        source,
        batchRows,
        onProgress: (p) => {
          const seconds = (performance.now() - started) / 1000;
          const rows = p.rowsInserted + p.rowsDuplicate + p.rowsDeadLettered;
          bar.update(stdin ? 0 : p.bytesRead, {
            rows,
            rate: Math.round(rows / Math.max(seconds, 0.001)),
            stored: p.rowsInserted + p.rowsDuplicate,
            dead: p.rowsDeadLettered,
          });
        },
      });
      bar.update(stdin ? 1 : totalBytes);
      bar.stop();
      console.log(JSON.stringify(result));
      return 0;
    } finally {
      bar.stop();
    }
  });
}

runScript(main);
