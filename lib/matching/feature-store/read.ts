// Streams creator_features rows out of Postgres with COPY TO STDOUT and parses the
// text format by hand: at a million rows this is several times faster than a row
// query (no per-row protocol message, no per-field type parsers) and never holds
// more than one chunk of raw bytes at a time.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { fromDbPlatform, fromDbSource, fromDbTier } from "./rows.ts";
import type { CreatorFeatures } from "../engine/types.ts";

// Arrays and JSON come out in shapes that are cheap to split: floats joined by
// commas (float8 prints the shortest exact form), categories as a JSON array.
const SELECT_LIST = `
  creator_id, platform, tier, subscribers, subscribers_hidden, video_count,
  median_views, views_p25, views_p75, engagement_rate, like_rate, comment_rate,
  share_rate, uploads_per_30d, days_since_last_video,
  array_to_json(categories), region, country, rate_per_video, currency,
  array_to_string(audience_age, ','), array_to_string(audience_gender, ','),
  audience_countries, audience_source,
  (extract(epoch FROM updated_at) * 1000)::float8, audience_regions, district`;

const N_FIELDS = 27;

export type FeatureRowHandler = (features: CreatorFeatures, updatedAtMs: number) => void;

/**
 * Streams every feature row (or those updated after `sinceMs`, epoch ms) to `onRow`.
 * Returns the number of rows read.
 */
export async function streamCreatorFeatures(
  pool: pg.Pool,
  onRow: FeatureRowHandler,
  options: { sinceMs?: number } = {},
): Promise<number> {
  // COPY takes no bind parameters; the watermark is a number we produced, checked here.
  const since = options.sinceMs;
  if (since !== undefined && !Number.isFinite(since))
    throw new Error("sinceMs must be a finite number");
  const where =
    since === undefined ? "" : ` WHERE updated_at > to_timestamp(${since.toFixed(3)} / 1000.0)`;
  const sql = `COPY (SELECT ${SELECT_LIST} FROM creator_features${where}) TO STDOUT`;

  const client = await pool.connect();
  let rows = 0;
  try {
    const stream = client.query(copyTo(sql));
    let rest: Buffer | null = null;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(NL, start); nl !== -1; nl = buf.indexOf(NL, start)) {
        const { features, updatedAtMs } = parseRow(buf, start, nl);
        onRow(features, updatedAtMs);
        rows++;
        start = nl + 1;
      }
      rest = start < buf.length ? Buffer.from(buf.subarray(start)) : null;
    }
    if (rest) throw new Error("creator_features COPY ended in the middle of a row");
    client.release();
  } catch (error) {
    client.release(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  return rows;
}

// Each line is decoded on its own, and the id (the one string the index keeps per
// creator) is decoded from the bytes separately: a substring of a bigger string is a
// view that keeps the bigger one alive, so ids sliced from decoded COPY text would
// hold the entire text in memory (hundreds of MB at a million rows).
const NL = 10;
const NULL = "\\N";
const numOrNull = (s: string) => (s === NULL ? null : Number(s));
const textOrNull = (s: string) => (s === NULL ? null : s);
const floats = (s: string) => (s === NULL || s === "" ? [] : s.split(",").map(Number));

function parseRow(
  buf: Buffer,
  start: number,
  end: number,
): { features: CreatorFeatures; updatedAtMs: number } {
  const line = buf.toString("utf8", start, end);
  const f = line.split("\t");
  if (f.length !== N_FIELDS) {
    throw new Error(`creator_features COPY row has ${f.length} fields, expected ${N_FIELDS}`);
  }
  // NULL is written as \N; any other backslash is an escape inside a text field.
  if (line.includes("\\")) {
    for (let i = 15; i < N_FIELDS; i++) {
      if (f[i] !== NULL && f[i].includes("\\")) f[i] = unescapeCopyText(f[i]);
    }
  }
  const features: CreatorFeatures = {
    id: buf.toString("latin1", start, start + f[0].length),
    platform: fromDbPlatform(f[1]),
    tier: fromDbTier(f[2]),
    subscribers: numOrNull(f[3]),
    subscribersHidden: f[4] === "t",
    videoCount: Number(f[5]),
    medianViews: Number(f[6]),
    viewsP25: Number(f[7]),
    viewsP75: Number(f[8]),
    engagementRate: Number(f[9]),
    likeRate: Number(f[10]),
    commentRate: Number(f[11]),
    shareRate: Number(f[12]),
    uploadsPer30d: Number(f[13]),
    daysSinceLastVideo: numOrNull(f[14]),
    categories: f[15] === NULL || f[15] === "[]" ? [] : (JSON.parse(f[15]) as string[]),
    region: textOrNull(f[16]),
    country: f[17] === NULL ? null : f[17].trim(),
    ratePerVideo: numOrNull(f[18]),
    currency: f[19].trim(),
    audienceAge: floats(f[20]),
    audienceGender: floats(f[21]),
    audienceCountries: f[22] === NULL ? null : (JSON.parse(f[22]) as Record<string, number>),
    audienceSource: fromDbSource(textOrNull(f[23])),
  };
  if (f[25] !== NULL) features.audienceRegions = JSON.parse(f[25]) as Record<string, number>;
  if (f[26] !== NULL) features.district = f[26];
  return { features, updatedAtMs: Number(f[24]) };
}

const ESCAPES: Record<string, string> = {
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
};

/** Undoes COPY's text-format escaping (the only escapes COPY TO writes, plus octal). */
export function unescapeCopyText(s: string): string {
  if (s === "\\N") return s;
  return s.replace(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|(.))/g, (_, oct, hex, ch: string) => {
    if (oct) return String.fromCharCode(parseInt(oct, 8));
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    return ESCAPES[ch] ?? ch;
  });
}
