// A creator links a sponsored video of their own channel to one of their accepted (or
// completed) matches. When the campaign has started, its statistics are read at once
// and become the baseline, so the campaign is credited with growth from now on, not
// lifetime views; before the start, the daily job takes the baseline on the first run
// after it; a video published during the campaign has a baseline of 0.
import { SENT_TO_CREATOR } from "../../matches/actor.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, conflict, notFound } from "../../errors.ts";
import { dayKey } from "../format.ts";
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
      WHERE m.id = $1 AND m.creator_id = $2 AND ${SENT_TO_CREATOR}`,
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

  // Only a video of the creator's own connected channel: the campaign pays for their
  // audience, and a video of someone else's channel would credit views it did not buy.
  const owned = await db.query<{ id: string }>(
    `SELECT external_id AS id FROM channels WHERE creator_id = $1 AND platform = 'YOUTUBE'
     UNION SELECT channel_external_id FROM youtube_connections
      WHERE creator_id = $1 AND channel_external_id IS NOT NULL`,
    [match.creator_id],
  );
  if (owned.rows.length === 0) {
    const message = "Connect your YouTube channel first: only videos on it can be linked";
    throw new AppError("validation_failed", message, { video: [message] });
  }
  let stats: VideoStats | undefined;
  try {
    stats = (await source.fetchStatistics([videoId])).get(videoId);
  } catch {
    throw new AppError(
      "unavailable",
      "YouTube could not be reached to check the video; try again in a minute",
    );
  }
  if (!stats) {
    const message = "YouTube does not know this video (or it is private)";
    throw new AppError("validation_failed", message, { video: [message] });
  }
  if (!owned.rows.some((r) => r.id === stats.channelId)) {
    const message = "This video is not on your connected YouTube channel";
    throw new AppError("validation_failed", message, { video: [message] });
  }
  const baseline = baselineAtLink(stats, match.starts_at, now);
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
      baseline ? now : null,
      baseline?.views ?? null,
      baseline?.likes ?? null,
      baseline?.comments ?? null,
      now,
      null,
    ],
  );
  const id = inserted.rows[0]?.id;
  if (!id) throw conflict("This video is already linked to the match");
  // A video published during the campaign: everything it has is campaign growth, so
  // the reading taken now is its first snapshot (views count from the link on).
  if (publishedInCampaign(stats, match.starts_at)) {
    await db.query(
      `INSERT INTO video_stat_snapshots (match_video_id, day, taken_at, views, likes, comments)
       VALUES ($1, $2::date, $3, $4, $5, $6) ON CONFLICT (match_video_id, day) DO NOTHING`,
      [id, dayKey(now), now, stats.views, stats.likes, stats.comments],
    );
  }
  return { id, videoId, baselineViews: baseline?.views ?? null };
}

/**
 * The baseline a video gets when linked: none before the campaign starts (the daily
 * job takes it on its first run after the start); zero when the video was published
 * at or after the campaign start (every view it has is a campaign view); else its
 * statistics now (growth from now on is credited, lifetime views are not).
 */
export function baselineAtLink(
  stats: VideoStats,
  startsAt: Date | null,
  now: Date,
): { views: number; likes: number; comments: number } | null {
  if (publishedInCampaign(stats, startsAt)) return { views: 0, likes: 0, comments: 0 };
  if (startsAt && startsAt > now) return null;
  return { views: stats.views, likes: stats.likes, comments: stats.comments };
}

export function publishedInCampaign(stats: VideoStats, startsAt: Date | null): boolean {
  return startsAt !== null && stats.publishedAt !== null && stats.publishedAt >= startsAt;
}
