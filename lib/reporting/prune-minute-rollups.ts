// Minute rows serve only "the last hours" charts (at most 12 hours back by default, a
// chosen range of 1,500 minutes at most); past three days they are dead weight on
// every upsert's index. Hours and days keep everything.
import type { Queryable } from "./queryable.ts";

export const MINUTE_ROLLUP_RETENTION_DAYS = 3;

export async function pruneMinuteRollups(db: Queryable, now = new Date()): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM performance_minutely WHERE bucket < $1::timestamptz - make_interval(days => $2)`,
    [now, MINUTE_ROLLUP_RETENTION_DAYS],
  );
  return rowCount ?? 0;
}
