// Avazu's `hour` (YYMMDDHH, read as UTC in 20YY) -> epoch seconds. A log holds a few
// hundred distinct hours, so results are cached and the Date work runs once per hour.
const cache = new Map<number, number>();
const CACHE_LIMIT = 100_000;

/** Epoch seconds of the hour written as the integer YYMMDDHH, or -1 when invalid. */
export function avazuHourFromDigits(yymmddhh: number): number {
  if (!Number.isInteger(yymmddhh) || yymmddhh < 0) return -1;
  const hit = cache.get(yymmddhh);
  if (hit !== undefined) return hit;
  const epoch = compute(yymmddhh);
  if (cache.size < CACHE_LIMIT) cache.set(yymmddhh, epoch);
  return epoch;
}

/** The same from the 8-character text. */
export function parseAvazuHour(s: string): number {
  return /^\d{8}$/.test(s) ? avazuHourFromDigits(Number(s)) : -1;
}

function compute(v: number): number {
  const hour = v % 100;
  const day = Math.floor(v / 100) % 100;
  const month = Math.floor(v / 10_000) % 100;
  const year = 2000 + Math.floor(v / 1_000_000);
  if (month < 1 || month > 12 || day < 1 || hour > 23) return -1;
  const ms = Date.UTC(year, month - 1, day, hour);
  // Date.UTC rolls 31 February over into March: a real date round-trips.
  if (new Date(ms).getUTCDate() !== day) return -1;
  return ms / 1000;
}

/** Epoch seconds -> "YYYY-MM-DD" (UTC). */
export function isoDay(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}
