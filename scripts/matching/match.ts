// npm run match -- --creators roster.jsonl --campaign campaign.json [--top 20]
//                  [--offset 0] [--json] [--now 2026-11-01T00:00:00Z]
//
// Ranks a roster file for a campaign file with the matching engine. Malformed roster
// lines are reported with their line numbers and skipped; a malformed campaign is an
// error (exit 1). With --json, stdout is exactly {"results":[...]} and everything
// else goes to stderr. Without --now, video ages are measured from the roster's own
// snapshot time (its newest upload), so old exports rank as they were.
import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { CreatorIndex } from "../../lib/matching/engine/creator-index.ts";
import { deriveFeatures, parseTimestamp } from "../../lib/matching/engine/derive-features.ts";
import { formatNumber } from "../../lib/matching/engine/format.ts";
import { readRosterFile, rosterReferenceTime } from "../../lib/creators/read-roster.ts";
import { rankCreators } from "../../lib/matching/engine/rank.ts";
import { parseCampaignSpec } from "../../lib/matching/engine/schemas.ts";
import type {
  CreatorFeatures,
  CreatorRecord,
  MatchResult,
} from "../../lib/matching/engine/types.ts";

const USAGE =
  "usage: npm run match -- --creators roster.jsonl --campaign campaign.json [--top 20] [--offset 0] [--json] [--now ISO-8601]";
const MAX_REPORTED_ERRORS = 50;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

interface Args {
  creators: string;
  campaign: string;
  top: number;
  offset: number;
  json: boolean;
  now: Date | null;
}

function parseArgs(argv: string[]): Args {
  const values: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--")) {
      const [key, inline] = a.slice(2).split("=", 2);
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`--${key} needs a value\n${USAGE}`);
      values[key] = v;
    } else fail(`unexpected argument "${a}"\n${USAGE}`);
  }
  for (const k of Object.keys(values)) {
    if (!["creators", "campaign", "top", "offset", "now"].includes(k))
      fail(`unknown option --${k}\n${USAGE}`);
  }
  if (!values.creators || !values.campaign) fail(USAGE);
  const int = (name: string, fallback: number, min: number) => {
    if (values[name] === undefined) return fallback;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) fail(`--${name} must be an integer >= ${min}`);
    return n;
  };
  let now: Date | null = null;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) fail(`--now "${values.now}" is not a date-time`);
  }
  // npm runs scripts from the package root; paths are meant from where the user was.
  const base = process.env.INIT_CWD ?? process.cwd();
  const path = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  return {
    creators: path(values.creators),
    campaign: path(values.campaign),
    top: int("top", 20, 1),
    offset: int("offset", 0, 0),
    json,
    now,
  };
}

function readCampaign(path: string) {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    fail(`cannot read the campaign file ${path}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    fail(`the campaign file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseCampaignSpec(raw);
  if (!parsed.ok) fail(`the campaign file ${path} is not a valid campaign: ${parsed.error}`);
  return parsed.campaign;
}

function latestUpload(r: CreatorRecord): number {
  let latest = -Infinity;
  for (const v of r.videos) {
    const t = parseTimestamp(v.publishedAt);
    if (t > latest) latest = t;
  }
  return latest;
}

const fmt = (x: number) => formatNumber(Math.round(x));

function printTable(
  results: MatchResult[],
  rawIds: Map<string, string | number>,
  offset: number,
): void {
  const rows = results.map((r, k) => [
    String(offset + k + 1),
    String(rawIds.get(`${r.platform}:${r.id}`) ?? r.id),
    r.platform,
    r.score.toFixed(1),
    r.factors.audienceOverlap.toFixed(0),
    r.factors.categoryMatch.toFixed(0),
    r.factors.performancePrediction.toFixed(0),
    r.factors.budgetFit.toFixed(0),
    r.confidence,
    `${fmt(r.forecast.views.min)}-${fmt(r.forecast.views.max)}`,
    r.risks
      .filter((x) => x.severity !== "low")
      .map((x) => x.code)
      .join(", ") || "-",
  ]);
  const header = [
    "#",
    "id",
    "platform",
    "score",
    "aud",
    "cat",
    "perf",
    "budget",
    "confidence",
    "views (80%)",
    "risks",
  ];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  for (const [k, r] of results.slice(0, 3).entries()) {
    console.log(`\n#${offset + k + 1} ${rawIds.get(`${r.platform}:${r.id}`) ?? r.id}`);
    for (const reason of r.reasons) console.log(`  - ${reason}`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const campaign = readCampaign(args.campaign);
  const log = args.json ? console.error : console.log;

  const seen = new Map<string, number>();
  const rawIds = new Map<string, string | number>();
  const features: CreatorFeatures[] = [];
  const buffered: CreatorRecord[] = [];
  let read = 0;
  let rejected = 0;
  const reject = (lineNumber: number, error: string) => {
    rejected++;
    if (rejected <= MAX_REPORTED_ERRORS) console.error(`${args.creators}:${lineNumber}: ${error}`);
  };
  try {
    for await (const line of readRosterFile(args.creators)) {
      read++;
      if (!line.ok) {
        reject(line.lineNumber, line.error);
        continue;
      }
      const key = `${line.record.platform}:${line.record.id}`;
      const first = seen.get(key);
      if (first !== undefined) {
        reject(
          line.lineNumber,
          `duplicate creator ${line.record.platform} "${line.record.id}" (first on line ${first}), skipped`,
        );
        continue;
      }
      seen.set(key, line.lineNumber);
      rawIds.set(key, line.rawId);
      // With a fixed --now each line becomes a compact feature row at once; otherwise
      // the records wait until the roster's snapshot time is known.
      if (args.now) features.push(deriveFeatures(line.record, args.now));
      else buffered.push(line.record);
    }
  } catch (e) {
    fail(`cannot read the roster file ${args.creators}: ${(e as Error).message}`);
  }
  if (rejected > MAX_REPORTED_ERRORS)
    console.error(`... and ${rejected - MAX_REPORTED_ERRORS} more rejected lines`);

  let now = args.now;
  if (!now) {
    now = rosterReferenceTime(buffered.map(latestUpload), new Date());
    for (const r of buffered) features.push(deriveFeatures(r, now));
  }
  const used = features.length;
  log(
    `roster: ${read} lines read, ${used} creators used, ${rejected} rejected; video ages as of ${now.toISOString()}`,
  );

  const index = CreatorIndex.build(features);
  const ranking = rankCreators(index, campaign, { limit: args.top, offset: args.offset });
  if (args.json) {
    const results = ranking.results.map((r) => ({
      ...r,
      id: rawIds.get(`${r.platform}:${r.id}`) ?? r.id,
    }));
    process.stdout.write(`${JSON.stringify({ results })}\n`);
    console.error(
      `ranked: ${ranking.total} creators passed the filters, ${ranking.results.length} returned`,
    );
    return;
  }
  log(
    `campaign: ${campaign.title || "(untitled)"}, ${ranking.total} creators passed the filters\n`,
  );
  printTable(ranking.results, rawIds, args.offset);
}

main().catch((e: unknown) => fail(`match failed: ${(e as Error).stack ?? String(e)}`));
