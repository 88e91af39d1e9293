// npm run match -- --creators roster.jsonl --campaign campaign.json [--top 20]
//                  [--offset 0] [--sort score|value] [--json] [--strict] [--now ISO-8601]
//
// Ranks a roster file for a campaign file with the matching engine. Malformed or
// impossible roster lines are reported with their line numbers and skipped (with
// --strict the exit code is then 2); irregular values that can be read are normalised
// and noted. A malformed campaign is an error (exit 1). With --json, stdout is exactly
// one JSON object {results, roster: {read, used, rejected, normalised}, sort, total}
// and everything else goes to stderr. --sort value orders by forecast value per won.
import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { readCliArgs } from "../lib/cli-args.ts";
import { CreatorIndex } from "../../lib/matching/engine/creator-index.ts";
import { deriveFeatures } from "../../lib/matching/engine/derive-features.ts";
import { formatNumber } from "../../lib/matching/engine/format.ts";
import { readRosterFile } from "../../lib/creators/read-roster.ts";
import { rankCreators, type RankSort } from "../../lib/matching/engine/rank.ts";
import { campaignKeyNotes, parseCampaignSpec } from "../../lib/matching/engine/schemas.ts";
import { namesKrRegion, unknownPlaceNote } from "../../lib/matching/engine/regions.ts";
import { isKnownCategoryLabel } from "../../lib/matching/engine/taxonomy.ts";
import { targetsDistrict } from "../../lib/matching/engine/district-spread.ts";
import type {
  CampaignSpec,
  CreatorFeatures,
  MatchResult,
} from "../../lib/matching/engine/types.ts";

const USAGE =
  "usage: npm run match -- --creators roster.jsonl --campaign campaign.json [--top 20] [--offset 0] [--sort score|value] [--json] [--strict] [--now ISO-8601]";
const MAX_REPORTED_ERRORS = 50;
const MAX_LISTED_REJECTED_LINES = 1000;
// Exit code when lines were rejected and --strict is given: the ranking is printed,
// but a script can tell a partial roster from a whole one.
const EXIT_REJECTED = 2;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

interface Args {
  creators: string;
  campaign: string;
  top: number;
  offset: number;
  sort: RankSort;
  json: boolean;
  strict: boolean;
  now: Date;
}

function readArgs(argv: string[]): Args {
  const { values } = readCliArgs(argv, USAGE, {
    creators: { type: "string" },
    campaign: { type: "string" },
    top: { type: "string" },
    offset: { type: "string" },
    sort: { type: "string" },
    now: { type: "string" },
    json: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
  });
  if (!values.creators || !values.campaign) fail(USAGE);
  const int = (name: "top" | "offset", fallback: number, min: number) => {
    if (values[name] === undefined) return fallback;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min || n > 100_000)
      fail(`--${name} must be an integer >= ${min}`);
    return n;
  };
  // Video ages are measured from a real now (this machine's clock unless --now), never
  // from the roster's newest upload: a roster of silent channels must look silent.
  let now = new Date();
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) fail(`--now "${values.now}" is not a date-time`);
  }
  const sort = values.sort ?? "score";
  if (sort !== "score" && sort !== "value") fail(`--sort must be score or value\n${USAGE}`);
  // npm runs scripts from the package root; paths are meant from where the user was.
  const base = process.env.INIT_CWD ?? process.cwd();
  const path = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  return {
    creators: path(values.creators),
    campaign: path(values.campaign),
    top: int("top", 20, 1),
    offset: int("offset", 0, 0),
    sort,
    json: values.json ?? false,
    strict: values.strict ?? false,
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
  for (const note of campaignKeyNotes(raw)) console.error(`${path}: warning: ${note}`);
  return parsed.campaign;
}

/** What in the campaign the matching will read other than the user may think. */
function campaignWarnings(campaign: CampaignSpec): string[] {
  const out: string[] = [];
  if (!isKnownCategoryLabel(campaign.category)) {
    out.push(
      `warning: category ${JSON.stringify(campaign.category)} is not in the matching's taxonomy: only creators with exactly that category get category credit`,
    );
  }
  for (const c of campaign.filters?.categories ?? []) {
    if (!isKnownCategoryLabel(c)) {
      out.push(
        `warning: filters.categories ${JSON.stringify(c)} is not in the matching's taxonomy: only creators with exactly that category pass`,
      );
    }
  }
  for (const r of [
    ...(campaign.targetAudience.regions ?? []),
    ...(campaign.filters?.regions ?? []),
  ]) {
    if (r.trim() && !namesKrRegion(r)) {
      out.push(
        `warning: ${unknownPlaceNote(r, "only creators based in exactly it, or whose audience data names it, count as local")}`,
      );
    }
  }
  if (
    campaign.filters?.withinKm !== undefined &&
    !targetsDistrict(campaign.targetAudience.regions ?? [])
  ) {
    out.push(
      "warning: filters.withinKm measures from a district the campaign targets, and targetAudience.regions names none: no creator passes",
    );
  }
  return out;
}

const fmt = (x: number) => formatNumber(Math.round(x));

// Columns of a terminal: Hangul, CJK and emoji take two.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;
const displayWidth = (text: string) => {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : /\p{M}|\u200b|\u200d/u.test(ch) ? 0 : 1;
  return w;
};
const shorten = (text: string, max: number) => {
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) return `${out}…`;
    out += ch;
  }
  return out;
};

/** What the roster called a creator: its own id (numbers included) and channel name. */
type AsWritten = Map<string, { rawId: string | number; name: string }>;
const keyOf = (r: { platform: string; id: string }) => `${r.platform}:${r.id}`;

function printTable(
  results: MatchResult[],
  asWritten: AsWritten,
  offset: number,
  sort: RankSort,
): void {
  const rows = results.map((r, k) => [
    String(offset + k + 1),
    String(asWritten.get(keyOf(r))?.rawId ?? r.id),
    shorten(asWritten.get(keyOf(r))?.name ?? "", 24),
    r.platform,
    r.score.toFixed(1),
    r.factors.audienceOverlap.toFixed(0),
    r.factors.categoryMatch.toFixed(0),
    r.factors.performancePrediction.toFixed(0),
    r.factors.budgetFit.toFixed(0),
    r.confidence,
    `${fmt(r.forecast.views.min)}-${fmt(r.forecast.views.max)}`,
    ...(sort === "value" ? [formatNumber(r.value.targetViewsPerMillion)] : []),
    r.risks
      .filter((x) => x.severity !== "low")
      .map((x) => x.code)
      .join(", ") || "-",
  ]);
  const header = [
    "#",
    "id",
    "channel",
    "platform",
    "score",
    "aud",
    "cat",
    "perf",
    "budget",
    "confidence",
    "views (80%)",
    ...(sort === "value" ? ["target views per 1M"] : []),
    "risks",
  ];
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell + " ".repeat(widths[c] - displayWidth(cell)))
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  for (const [k, r] of results.slice(0, 3).entries()) {
    const written = asWritten.get(keyOf(r));
    console.log(`\n#${offset + k + 1} ${written?.rawId ?? r.id} ${written?.name ?? ""}`.trimEnd());
    for (const reason of r.reasons) console.log(`  - ${reason}`);
  }
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const campaign = readCampaign(args.campaign);
  const log = args.json ? console.error : console.log;

  const seen = new Map<string, number>();
  const asWritten: AsWritten = new Map();
  const features: CreatorFeatures[] = [];
  const counts = { read: 0, used: 0, rejected: 0, normalised: 0 };
  // the first rejected lines' numbers, in the JSON too
  const rejectedLines: number[] = [];
  // Rejections and notes are capped apart, so that a roster full of notes cannot hide
  // the lines that were dropped.
  let notes = 0;
  const reject = (lineNumber: number, text: string) => {
    if (rejectedLines.length < MAX_LISTED_REJECTED_LINES) rejectedLines.push(lineNumber);
    if (++counts.rejected <= MAX_REPORTED_ERRORS)
      console.error(`${args.creators}:${lineNumber}: ${text}`);
  };
  const note = (lineNumber: number, text: string) => {
    if (++notes <= MAX_REPORTED_ERRORS)
      console.error(`${args.creators}:${lineNumber}: note: ${text}`);
  };
  for (const warning of campaignWarnings(campaign)) console.error(`${args.campaign}: ${warning}`);
  try {
    for await (const line of readRosterFile(args.creators, { now: args.now })) {
      counts.read++;
      if (!line.ok) {
        reject(line.lineNumber, line.error);
        continue;
      }
      const key = keyOf(line.record);
      const first = seen.get(key);
      if (first !== undefined) {
        reject(
          line.lineNumber,
          `duplicate creator ${line.record.platform} "${line.record.id}" (first on line ${first}), skipped`,
        );
        continue;
      }
      if (line.notes.length > 0) {
        counts.normalised++;
        for (const text of line.notes) note(line.lineNumber, text);
      }
      seen.set(key, line.lineNumber);
      asWritten.set(key, { rawId: line.rawId, name: line.record.channelName });
      features.push(deriveFeatures(line.record, args.now));
    }
  } catch (e) {
    fail(`cannot read the roster file ${args.creators}: ${(e as Error).message}`);
  }
  if (counts.rejected > MAX_REPORTED_ERRORS)
    console.error(`... and ${counts.rejected - MAX_REPORTED_ERRORS} more rejected lines`);
  if (notes > MAX_REPORTED_ERRORS)
    console.error(`... and ${notes - MAX_REPORTED_ERRORS} more notes`);
  counts.used = features.length;
  log(
    `roster: ${counts.read} lines read, ${counts.used} creators used, ${counts.rejected} rejected, ${counts.normalised} normalised; video ages as of ${args.now.toISOString()}`,
  );

  const index = CreatorIndex.build(features);
  const ranking = rankCreators(index, campaign, {
    limit: args.top,
    offset: args.offset,
    sort: args.sort,
  });
  const exitCode = args.strict && counts.rejected > 0 ? EXIT_REJECTED : 0;
  if (args.json) {
    const results = ranking.results.map((r) => ({
      ...r,
      id: asWritten.get(keyOf(r))?.rawId ?? r.id,
      channelName: asWritten.get(keyOf(r))?.name ?? null,
    }));
    process.stdout.write(
      `${JSON.stringify({ results, roster: { ...counts, rejectedLines }, sort: args.sort, total: ranking.total })}\n`,
    );
    console.error(
      `ranked: ${ranking.total} creators passed the filters, ${ranking.results.length} returned`,
    );
  } else {
    log(
      `campaign: ${campaign.title || "(untitled)"}, ${ranking.total} creators passed the filters, sorted by ${args.sort}\n`,
    );
    printTable(ranking.results, asWritten, args.offset, args.sort);
  }
  if (exitCode !== 0)
    console.error(`${counts.rejected} lines rejected (--strict): exit ${exitCode}`);
  process.exitCode = exitCode;
}

main().catch((e: unknown) => fail(`match failed: ${(e as Error).stack ?? String(e)}`));
