// The daily job: reads the statistics of every linked video of a running campaign
// (started, and ended less than a day ago) and stores them as that Korea day's
// snapshot; a video without a baseline yet gets its baseline instead (0 for a video
// published at or after the campaign start, which also gets today's snapshot: all its
// views are campaign views). A failed call
// marks its videos (the admin "failed syncs" figure) and leaves the others alone.
import { dayKey } from "../format.ts";
import type { Queryable } from "../queryable.ts";
import { publishedInCampaign } from "./link-match-video.ts";
import { VIDEOS_PER_CALL, type VideoStatsSource } from "./video-stats-source.ts";

export type SnapshotResult = {
  videos: number;
  snapshots: number;
  baselines: number;
  failed: number;
};

export async function snapshotMatchVideos(
  db: Queryable,
  source: VideoStatsSource,
  now = new Date(),
): Promise<SnapshotResult> {
  const { rows } = await db.query<{
    id: string;
    video_id: string;
    has_baseline: boolean;
    starts_at: Date | null;
  }>(
    `SELECT mv.id, mv.video_id, mv.baseline_at IS NOT NULL AS has_baseline, c.starts_at
       FROM match_videos mv
       JOIN matches m ON m.id = mv.match_id
       JOIN campaigns c ON c.id = mv.campaign_id
      WHERE m.status IN ('ACCEPTED', 'COMPLETED')
        AND (c.starts_at IS NULL OR c.starts_at <= $1)
        AND (c.ends_at IS NULL OR c.ends_at > $1::timestamptz - interval '1 day')
      ORDER BY mv.id`,
    [now],
  );
  const result: SnapshotResult = { videos: rows.length, snapshots: 0, baselines: 0, failed: 0 };
  const day = dayKey(now);
  for (let i = 0; i < rows.length; i += VIDEOS_PER_CALL) {
    const chunk = rows.slice(i, i + VIDEOS_PER_CALL);
    let stats;
    try {
      stats = await source.fetchStatistics([...new Set(chunk.map((r) => r.video_id))]);
    } catch (error) {
      await markFailed(
        db,
        chunk.map((r) => r.id),
        (error as Error).message,
        now,
      );
      result.failed += chunk.length;
      continue;
    }
    const missing = chunk.filter((r) => !stats.has(r.video_id));
    await markFailed(
      db,
      missing.map((r) => r.id),
      "not found on YouTube (deleted or private)",
      now,
    );
    result.failed += missing.length;
    const found = chunk.filter((r) => stats.has(r.video_id));
    const fresh = (r: (typeof found)[number]) =>
      publishedInCampaign(stats.get(r.video_id)!, r.starts_at);
    const base = found.filter((r) => !r.has_baseline && !fresh(r));
    const zero = found.filter((r) => !r.has_baseline && fresh(r));
    const snap = found.filter((r) => r.has_baseline || fresh(r));
    if (zero.length) {
      await db.query(
        `UPDATE match_videos SET baseline_at = $2, baseline_views = 0, baseline_likes = 0,
                baseline_comments = 0 WHERE id = ANY($1::uuid[])`,
        [zero.map((r) => r.id), now],
      );
      result.baselines += zero.length;
    }
    if (base.length) {
      await db.query(
        `UPDATE match_videos mv SET baseline_at = $2, baseline_views = x.v, baseline_likes = x.l,
                baseline_comments = x.c, last_synced_at = $2, last_sync_error = NULL
           FROM unnest($1::uuid[], $3::bigint[], $4::bigint[], $5::bigint[]) AS x(id, v, l, c)
          WHERE mv.id = x.id`,
        [base.map((r) => r.id), now, ...statColumns(base, stats)],
      );
      result.baselines += base.length;
    }
    if (snap.length) {
      await db.query(
        `WITH x AS (SELECT * FROM unnest($1::uuid[], $3::bigint[], $4::bigint[], $5::bigint[]) AS x(id, v, l, c)),
              s AS (INSERT INTO video_stat_snapshots (match_video_id, day, taken_at, views, likes, comments)
                    SELECT id, $6::date, $2, v, l, c FROM x
                    ON CONFLICT (match_video_id, day) DO UPDATE SET taken_at = excluded.taken_at,
                      views = excluded.views, likes = excluded.likes, comments = excluded.comments)
         UPDATE match_videos mv SET last_synced_at = $2, last_sync_error = NULL FROM x WHERE mv.id = x.id`,
        [snap.map((r) => r.id), now, ...statColumns(snap, stats), day],
      );
      result.snapshots += snap.length;
    }
  }
  return result;
}

function statColumns(
  rows: ReadonlyArray<{ video_id: string }>,
  stats: Map<string, { views: number; likes: number; comments: number }>,
) {
  const s = rows.map((r) => stats.get(r.video_id)!);
  return [s.map((x) => x.views), s.map((x) => x.likes), s.map((x) => x.comments)];
}

async function markFailed(db: Queryable, ids: string[], message: string, now: Date) {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE match_videos SET last_synced_at = $2, last_sync_error = $3 WHERE id = ANY($1::uuid[])`,
    [ids, now, message.slice(0, 500)],
  );
}
