// The expiry job: open matches nobody touched for 30 days (no step, no message, so
// expires_at passed) become EXPIRED through the ordinary transition, so history,
// messages and notifications are written as for any other step, and a match that
// someone moves at the same moment simply is not expired (version check).
import type pg from "pg";
import { AppError } from "../errors.ts";
import { SYSTEM_ACTOR } from "./actor.ts";
import { englishLine } from "./system-lines.ts";
import { transitionMatch } from "./transition-match.ts";

export async function expireStaleMatches(
  pool: pg.Pool,
  options: { now?: Date; limit?: number } = {},
): Promise<{ expired: number; skipped: number }> {
  const { rows } = await pool.query(
    `SELECT id, version FROM matches
      WHERE status IN ('PENDING','CONTACTED','RESPONDED','NEGOTIATING') AND expires_at < $1
      ORDER BY expires_at LIMIT $2`,
    [options.now ?? new Date(), options.limit ?? 1000],
  );
  let expired = 0;
  let skipped = 0;
  for (const r of rows) {
    try {
      await transitionMatch(pool, SYSTEM_ACTOR, r.id, {
        to: "EXPIRED",
        version: r.version,
        // written to the history as the code noStepFor30Days (step-statement.ts)
        note: englishLine({ code: "noStepFor30Days", params: {} }),
      });
      expired++;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "conflict") throw error;
      skipped++; // moved by someone a moment ago: no longer untouched
    }
  }
  return { expired, skipped };
}
