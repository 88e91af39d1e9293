// The hourly job: every connected channel, one after another (Google's quota is per
// project, so parallel calls would only reach quotaExceeded sooner), skipping those
// backing off after a quotaExceeded. Product target: figures less than an hour old.
import type pg from "pg";
import type { YoutubeConfig } from "./config.ts";
import { syncYoutubeChannel, type SyncOutcome } from "./sync-youtube-channel.ts";

export async function syncAllYoutubeChannels(
  pool: pg.Pool,
  config: YoutubeConfig,
  options: { now?: () => Date; limit?: number } = {},
): Promise<Record<SyncOutcome["status"], number>> {
  const { rows } = await pool.query<{ creator_id: string }>(
    `SELECT creator_id FROM youtube_connections
      WHERE retry_after IS NULL OR retry_after <= now()
      ORDER BY last_attempt_at NULLS FIRST, creator_id
      LIMIT $1`,
    [options.limit ?? 10_000],
  );
  const counts: Record<SyncOutcome["status"], number> = {
    OK: 0,
    QUOTA_EXCEEDED: 0,
    AUTH_FAILED: 0,
    FAILED: 0,
    BUSY: 0,
    NOT_CONNECTED: 0,
  };
  for (const r of rows) {
    const outcome = await syncYoutubeChannel(pool, config, r.creator_id, options);
    counts[outcome.status]++;
    // The whole project is out of quota: the rest would fail the same way.
    if (outcome.status === "QUOTA_EXCEEDED") break;
  }
  return counts;
}
