// npm run import:creators -- roster.jsonl [--batch 500]
// Loads a roster (one creator per JSONL line, the format `npm run match` ranks) into
// the database: creators, channels, videos, audience shares, then their feature rows.
// Idempotent on platform + roster id. Malformed lines are listed with their line
// number and skipped. DATABASE_URL, or the development database in .data/postgres.
import { statSync } from "node:fs";
import cliProgress from "cli-progress";
import { redactUrl } from "../lib/db-url.ts";
import { readCliArgs, usageError } from "../lib/cli-args.ts";
import { runScript, withScriptPool } from "../lib/run-script.ts";

const USAGE =
  "usage: npm run import:creators -- <roster.jsonl> [--batch <lines per batch, default 500>]";
const SHOWN_REJECTS = 50;

function readArgs(argv: string[]): { path: string; batch: number } {
  const { values, positionals } = readCliArgs(
    argv,
    USAGE,
    { batch: { type: "string", default: "500" } },
    true,
  );
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) usageError("--batch needs a positive integer", USAGE);
  if (positionals.length > 1) usageError("one roster file at a time", USAGE);
  const path = positionals[0];
  if (!path) usageError("which roster file?", USAGE);
  return { path, batch };
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  let totalBytes: number;
  try {
    totalBytes = statSync(args.path).size;
  } catch {
    console.error(`cannot read ${args.path}`);
    return 1;
  }
  return withScriptPool(async (pool, db) => {
    const { importRosterFile } = await import("../../lib/creators/import-roster.ts");
    console.log(`importing ${args.path} into ${redactUrl(db.url)}`);

    const started = performance.now();
    const bar = new cliProgress.SingleBar(
      {
        format:
          "{bar} {percentage}% | read {read} | used {used} | rejected {rejected} | {eta_formatted} left",
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(totalBytes, 0, { read: 0, used: 0, rejected: 0 });
    try {
      const result = await importRosterFile(pool, args.path, {
        batchSize: args.batch,
        totalBytes,
        onProgress: (p) =>
          bar.update(p.bytes, { read: p.read, used: p.used, rejected: p.rejected }),
      });
      bar.update(totalBytes);
      bar.stop();
      for (const r of result.rejects.slice(0, SHOWN_REJECTS))
        console.error(`line ${r.line}: ${r.error}`);
      if (result.rejects.length > SHOWN_REJECTS) {
        console.error(`... and ${result.rejects.length - SHOWN_REJECTS} more malformed lines`);
      }
      const ms = Math.round(performance.now() - started);
      console.log(
        `read ${result.read} lines, used ${result.used}, rejected ${result.rejected} ` +
          `(${result.created} creators created, ${result.updated} updated) in ${(ms / 1000).toFixed(1)} s`,
      );
      console.log(
        JSON.stringify({
          read: result.read,
          used: result.used,
          rejected: result.rejected,
          created: result.created,
          updated: result.updated,
          rejectedLines: result.rejects.slice(0, 1000).map((r) => r.line),
          ms,
        }),
      );
      return 0;
    } finally {
      bar.stop();
    }
  });
}

runScript(main);
