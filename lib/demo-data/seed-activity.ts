// The demo's second step, after the bulk load (npm start, db:seed): what that load
// cannot hold because it is stamped with "now" and goes through the app's own write
// paths (triggers, the streaming import).
import type pg from "pg";
import { seedDemoAdLog } from "./seed-ad-log.ts";
import { seedDemoPerformance } from "./seed-performance.ts";

/** The tracked campaign's events, then the week of ad log. */
export async function seedDemoActivity(
  pool: pg.Pool,
  log: (line: string) => void,
  now = new Date(),
): Promise<void> {
  log(`tracked demo campaign: ${await seedDemoPerformance(pool, now)} events`);
  const t = performance.now();
  const ad = await seedDemoAdLog(pool, now);
  log(
    `demo ad log: ${ad.rowsStored} impressions, ${ad.clicks} clicks, ${ad.rowsDeadLettered} dead letters in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}
