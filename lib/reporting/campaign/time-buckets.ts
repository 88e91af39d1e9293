// Zero-filled time buckets for the campaign charts, built on the server so that a quiet
// minute, hour or day is drawn as 0 rather than vanishing from the axis. Minute, 5-minute
// and hour buckets are keyed by their UTC start (ISO string); days are Korea days
// ("YYYY-MM-DD" in Asia/Seoul), the same days the daily rollup is cut on.
import { AppError } from "../../errors.ts";
import { dayKey } from "../format.ts";

export const GRAINS = ["minute", "5min", "hour", "day"] as const;
export type Grain = (typeof GRAINS)[number];

export const STEP_MS: Record<Exclude<Grain, "day">, number> = {
  minute: 60_000,
  "5min": 300_000,
  hour: 3_600_000,
};

/** How far back a chart reaches by default: "the last hours" for the fine grains. */
export const DEFAULT_SPAN_MS: Record<Exclude<Grain, "day">, number> = {
  minute: 3 * 3_600_000,
  "5min": 12 * 3_600_000,
  hour: 72 * 3_600_000,
};

export const MAX_BUCKETS = 1_500;
const DAY_MS = 86_400_000;
const KOREA_OFFSET_MS = 9 * 3_600_000; // Asia/Seoul: UTC+9, no daylight saving

export type Window = { grain: Grain; keys: string[]; from: Date; to: Date };

/** Start of the Korea day containing `d`, as an instant. */
export function koreaDayStart(d: Date): Date {
  return new Date(Math.floor((d.getTime() + KOREA_OFFSET_MS) / DAY_MS) * DAY_MS - KOREA_OFFSET_MS);
}

/**
 * The buckets from the one containing `from` to the one containing `to` (both
 * included), and the half-open instant range [from, to) they cover. More than
 * MAX_BUCKETS is a 422: a chart of more points than pixels is a mistake.
 */
export function bucketWindow(grain: Grain, from: Date, to: Date): Window {
  if (to < from) throw rangeError("`to` is before `from`");
  const step = grain === "day" ? DAY_MS : STEP_MS[grain];
  const start = grain === "day" ? koreaDayStart(from).getTime() : floorTo(from.getTime(), step);
  const last = grain === "day" ? koreaDayStart(to).getTime() : floorTo(to.getTime(), step);
  const count = (last - start) / step + 1;
  if (count > MAX_BUCKETS) {
    throw rangeError(`At most ${MAX_BUCKETS} ${grain} buckets per chart (asked for ${count})`);
  }
  const keys: string[] = [];
  for (let t = start; t <= last; t += step) keys.push(bucketKey(grain, new Date(t)));
  return { grain, keys, from: new Date(start), to: new Date(last + step) };
}

export function bucketKey(grain: Grain, start: Date): string {
  return grain === "day" ? dayKey(start) : start.toISOString();
}

/** Sparse rows keyed like the buckets, laid onto every bucket; missing ones are zeros. */
export function zeroFillBuckets<F extends string>(
  keys: readonly string[],
  rows: ReadonlyMap<string, Record<F, number>>,
  fields: readonly F[],
): Array<{ x: string } & Record<F, number>> {
  return keys.map((x) => {
    const row = rows.get(x);
    const point = { x } as { x: string } & Record<F, number>;
    for (const f of fields) (point as Record<string, unknown>)[f] = row ? row[f] : 0;
    return point;
  });
}

function floorTo(t: number, step: number): number {
  return Math.floor(t / step) * step;
}

function rangeError(message: string): AppError {
  return new AppError("validation_failed", message, { from: [message] });
}
