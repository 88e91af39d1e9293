// The videos linked to a match, for its page: baseline, latest reading and sync state.
// The caller has already been allowed to see the match (lib/matches getMatch).
import { toNumber, toNumberOrNull, type Queryable } from "../queryable.ts";

export type MatchVideoRow = {
  id: string;
  videoId: string;
  linkedAt: string;
  baselineViews: number | null;
  latestViews: number | null;
  gainedViews: number | null;
  lastSyncedAt: string | null;
  lastSyncError: string | null;
};

export async function listMatchVideos(db: Queryable, matchId: string): Promise<MatchVideoRow[]> {
  const { rows } = await db.query(
    `SELECT mv.id, mv.video_id, mv.linked_at, mv.baseline_views::text, s.views::text AS latest,
            mv.last_synced_at, mv.last_sync_error
       FROM match_videos mv
       LEFT JOIN LATERAL (SELECT views FROM video_stat_snapshots s WHERE s.match_video_id = mv.id
                           ORDER BY day DESC LIMIT 1) s ON true
      WHERE mv.match_id = $1 ORDER BY mv.linked_at, mv.id`,
    [matchId],
  );
  return rows.map((r) => {
    const baseline = toNumberOrNull(r.baseline_views);
    const latest = toNumberOrNull(r.latest);
    return {
      id: r.id,
      videoId: r.video_id,
      linkedAt: (r.linked_at as Date).toISOString(),
      baselineViews: baseline,
      latestViews: latest,
      gainedViews: baseline !== null && latest !== null ? toNumber(latest - baseline) : null,
      lastSyncedAt: r.last_synced_at ? (r.last_synced_at as Date).toISOString() : null,
      lastSyncError: r.last_sync_error,
    };
  });
}
