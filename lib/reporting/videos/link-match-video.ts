// A creator links a sponsored video to one of their accepted (or completed) matches.
// When the campaign has started, its statistics are read at once and become the
// baseline, so the campaign is credited with growth from now on, not lifetime views;
// before the start, the daily job takes the baseline on the first run after it.
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, conflict, notFound } from "../../errors.ts";
import type { Queryable } from "../queryable.ts";
import { parseVideoId } from "./parse-video-id.ts";
import type { VideoStats, VideoStatsSource } from "./video-stats-source.ts";

export const MAX_VIDEOS_PER_MATCH = 10;

export type LinkedVideo = { id: string; videoId: string; baselineViews: number | null };

export async function linkMatchVideo(
  db: Queryable,
  source: VideoStatsSource,
  user: SessionUser,
  input: { matchId: string; video: string },
  now = new Date(),
): Promise<LinkedVideo> {
  const videoId = parseVideoId(input.video);
  if (!videoId) {
    const message = "Paste a YouTube video link or its 11-character id";
    throw new AppError("validation_failed", message, { video: [message] });
  }
  const { rows } = await db.query<{
    id: string;
    campaign_id: string;
    creator_id: string;
    status: string;
    starts_at: Date | null;
    videos: number;
  }>(
    `SELECT m.id, m.campaign_id, m.creator_id, m.status::text, c.starts_at,
            (SELECT count(*)::int FROM match_videos v WHERE v.match_id = m.id) AS videos
       FROM matches m JOIN campaigns c ON c.id = m.campaign_id
      WHERE m.id = $1 AND m.creator_id = $2`,
    [input.matchId, user.creatorId],
  );
  const match = rows[0];
  if (!match) throw notFound("Match");
  if (match.status !== "ACCEPTED" && match.status !== "COMPLETED") {
    throw conflict("Videos can be linked once the proposal is accepted");
  }
  if (match.videos >= MAX_VIDEOS_PER_MATCH) {
    throw conflict(`At most ${MAX_VIDEOS_PER_MATCH} videos per match`);
  }

  let stats: VideoStats | null = null;
  let syncError: string | null = null;
  if (!match.starts_at || match.starts_at <= now) {
    try {
      stats = (await source.fetchStatistics([videoId])).get(videoId) ?? null;
      if (!stats) {
        const message = "YouTube does not know this video (or it is private)";
        throw new AppError("validation_failed", message, { video: [message] });
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      // YouTube unreachable: keep the link; the daily job takes the baseline.
      syncError = (error as Error).message.slice(0, 500);
    }
  }
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO match_videos (id, match_id, campaign_id, creator_id, video_id, linked_by_id,
                               baseline_at, baseline_views, baseline_likes, baseline_comments,
                               last_synced_at, last_sync_error)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (match_id, video_id) DO NOTHING RETURNING id`,
    [
      match.id,
      match.campaign_id,
      match.creator_id,
      videoId,
      user.id,
      stats ? now : null,
      stats?.views ?? null,
      stats?.likes ?? null,
      stats?.comments ?? null,
      stats || syncError ? now : null,
      syncError,
    ],
  );
  if (!inserted.rows[0]) throw conflict("This video is already linked to the match");
  return { id: inserted.rows[0].id, videoId, baselineViews: stats?.views ?? null };
}
