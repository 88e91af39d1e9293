// Zero-filled monthly buckets for charts, built on the server so that a month with
// no activity is drawn as 0 instead of silently disappearing from the axis.
import { DISPLAY_TIME_ZONE } from "./format.ts";

/** "YYYY-MM" of `date` in `timeZone`. */
export function monthKey(date: Date, timeZone = DISPLAY_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    timeZone,
  }).formatToParts(date);
  const year = parts.find((p) => p.type === "year")?.value;
  const month = parts.find((p) => p.type === "month")?.value;
  return `${year}-${month}`;
}

/** The `count` month keys ending with the month of `now`, oldest first. */
export function lastMonthKeys(now: Date, count: number, timeZone = DISPLAY_TIME_ZONE): string[] {
  const [y, m] = monthKey(now, timeZone).split("-").map(Number);
  const keys: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    keys.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`);
  }
  return keys;
}

/** Puts sparse per-month rows into the given buckets; missing months become zeros. */
export function zeroFill<K extends string>(
  keys: string[],
  rows: ReadonlyArray<{ month: string } & Record<K, number>>,
  fields: readonly K[],
): Array<{ x: string } & Record<K, number>> {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return keys.map((x) => {
    const row = byMonth.get(x);
    const point = { x } as { x: string } & Record<K, number>;
    for (const f of fields) (point as Record<string, unknown>)[f] = row ? row[f] : 0;
    return point;
  });
}
