// What the creator's pages show about their YouTube connection. Never the tokens.
import type { Queryable } from "../reporting/queryable.ts";

export type YoutubeConnectionStatus = {
  status: "PENDING" | "OK" | "QUOTA_EXCEEDED" | "AUTH_FAILED" | "FAILED";
  error: string | null;
  syncing: boolean;
  analyticsGranted: boolean;
  connectedAt: string;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  retryAfter: string | null;
};

export async function getYoutubeConnection(
  db: Queryable,
  creatorId: string,
): Promise<YoutubeConnectionStatus | null> {
  const { rows } = await db.query<{
    sync_status: YoutubeConnectionStatus["status"];
    sync_error: string | null;
    syncing: boolean;
    analytics: boolean;
    connected_at: Date;
    last_attempt_at: Date | null;
    last_success_at: Date | null;
    retry_after: Date | null;
  }>(
    `SELECT sync_status, sync_error,
            sync_started_at > now() - interval '2 minutes' AS syncing,
            'https://www.googleapis.com/auth/yt-analytics.readonly' = ANY(scopes) AS analytics,
            connected_at, last_attempt_at, last_success_at, retry_after
       FROM youtube_connections WHERE creator_id = $1`,
    [creatorId],
  );
  const r = rows[0];
  if (!r) return null;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    status: r.sync_status,
    error: r.sync_error,
    syncing: r.syncing === true,
    analyticsGranted: r.analytics,
    connectedAt: r.connected_at.toISOString(),
    lastAttemptAt: iso(r.last_attempt_at),
    lastSuccessAt: iso(r.last_success_at),
    retryAfter: iso(r.retry_after),
  };
}
