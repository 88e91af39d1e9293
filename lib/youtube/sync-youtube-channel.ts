// One sync of a creator's connected channel, for the Refresh button, the first
// connect and the hourly job: claim the connection (no two syncs at once), read
// everything from YouTube, then store it in one transaction and refresh the creator's
// feature row, so rankings use the new figures at once. A failed sync keeps every
// figure stored before and says why on the connection row.
import type pg from "pg";
import { YOUTUBE_SCOPES } from "../auth/google-scopes.ts";
import { withTransaction } from "../db/transaction.ts";
import { AppError } from "../errors.ts";
import { log } from "../log.ts";
import { refreshCreatorFeatures } from "../matching/feature-store/refresh.ts";
import { createYoutubeClient } from "./client.ts";
import type { YoutubeConfig } from "./config.ts";
import { connectionTokens, type ConnectionRow } from "./connection-tokens.ts";
import { YoutubeApiError } from "./errors.ts";
import { fetchChannelSnapshot } from "./fetch-channel-snapshot.ts";
import { storeSnapshot } from "./store-snapshot.ts";

/** After quotaExceeded, neither the button nor the job calls Google for this long. */
export const QUOTA_BACKOFF_MS = 60 * 60_000;
const CLAIM_STALE = "2 minutes";

export type SyncOutcome =
  | { status: "OK"; fetchedAt: Date; videos: number; audience: boolean }
  | { status: "QUOTA_EXCEEDED"; keptFrom: Date | null; retryAfter: Date }
  | { status: "AUTH_FAILED" | "FAILED"; message: string; keptFrom: Date | null }
  | { status: "BUSY" }
  | { status: "NOT_CONNECTED" };

export async function syncYoutubeChannel(
  pool: pg.Pool,
  config: YoutubeConfig,
  creatorId: string,
  options: { now?: () => Date } = {},
): Promise<SyncOutcome> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const { rows } = await pool.query<
    ConnectionRow & {
      retry_after: Date | null;
      last_success_at: Date | null;
      scopes: string[];
      claimed: boolean;
    }
  >(
    `UPDATE youtube_connections
        SET sync_started_at = CASE WHEN retry_after IS NULL OR retry_after <= $2
                                   THEN $2 ELSE sync_started_at END
      WHERE creator_id = $1
        AND (sync_started_at IS NULL OR sync_started_at < $2::timestamptz - interval '${CLAIM_STALE}')
      RETURNING creator_id, access_token_enc, refresh_token_enc, access_token_expires_at,
                retry_after, last_success_at, scopes, sync_started_at = $2 AS claimed`,
    [creatorId, started],
  );
  const row = rows[0];
  if (!row) {
    const { rowCount } = await pool.query(
      "SELECT 1 FROM youtube_connections WHERE creator_id = $1",
      [creatorId],
    );
    return rowCount ? { status: "BUSY" } : { status: "NOT_CONNECTED" };
  }
  if (!row.claimed) {
    // Backing off after quotaExceeded: the old figures stay, nothing is spent.
    return {
      status: "QUOTA_EXCEEDED",
      keptFrom: row.last_success_at,
      retryAfter: row.retry_after!,
    };
  }

  try {
    const client = createYoutubeClient(config, connectionTokens(pool, config, row, now));
    // Google's consent screen lets a person untick a scope: without the Analytics one
    // the channel still syncs, with no audience.
    const snap = await fetchChannelSnapshot(client, started, {
      analytics: row.scopes.includes(YOUTUBE_SCOPES[1]),
    });
    const fetchedAt = now();
    const stored = await withTransaction(pool, async (tx) => {
      const s = await storeSnapshot(tx, creatorId, snap, fetchedAt);
      await tx.query(
        `UPDATE youtube_connections
            SET sync_status = 'OK', sync_error = NULL, retry_after = NULL, sync_started_at = NULL,
                last_attempt_at = $2, last_success_at = $2, channel_external_id = $3, updated_at = $2
          WHERE creator_id = $1`,
        [creatorId, fetchedAt, snap.externalId],
      );
      // Connecting is onboarding's first step.
      await tx.query(
        `UPDATE creators SET onboarding_step = 'PROFILE', updated_at = $2
          WHERE id = $1 AND onboarding_step = 'CONNECT_CHANNEL'`,
        [creatorId, fetchedAt],
      );
      return s;
    });
    await refreshCreatorFeatures(
      pool,
      stored.previousCreatorId ? [creatorId, stored.previousCreatorId] : [creatorId],
      { now: fetchedAt },
    );
    return {
      status: "OK",
      fetchedAt,
      videos: snap.videos.length,
      audience: snap.audience !== null,
    };
  } catch (error) {
    return recordFailure(pool, creatorId, error, row.last_success_at, now());
  }
}

async function recordFailure(
  pool: pg.Pool,
  creatorId: string,
  error: unknown,
  keptFrom: Date | null,
  at: Date,
): Promise<SyncOutcome> {
  const quota = error instanceof YoutubeApiError && error.kind === "quota";
  const auth = error instanceof YoutubeApiError && error.kind === "auth";
  const status = quota ? "QUOTA_EXCEEDED" : auth ? "AUTH_FAILED" : "FAILED";
  const message =
    error instanceof YoutubeApiError || error instanceof AppError
      ? error.message
      : "YouTube could not be reached";
  const retryAfter = quota ? new Date(at.getTime() + QUOTA_BACKOFF_MS) : null;
  await pool.query(
    `UPDATE youtube_connections
        SET sync_status = $2::"YoutubeSyncStatus", sync_error = $3, retry_after = $4,
            sync_started_at = NULL, last_attempt_at = $5, updated_at = $5
      WHERE creator_id = $1`,
    [creatorId, status, message.slice(0, 500), retryAfter, at],
  );
  if (quota) return { status: "QUOTA_EXCEEDED", keptFrom, retryAfter: retryAfter! };
  // Network failures and timeouts end here too: logged, and the old figures kept.
  if (!(error instanceof YoutubeApiError) && !(error instanceof AppError)) {
    log.warn({ err: error, creatorId }, "YouTube sync failed");
  }
  return { status: auth ? "AUTH_FAILED" : "FAILED", message, keptFrom };
}
