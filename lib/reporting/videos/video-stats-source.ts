// Where the statistics job and the video link read a video's public figures: YouTube
// Data API v3 videos.list (part=snippet,statistics, up to 50 ids a call) through the
// one YouTube client (lib/youtube/client.ts), with the platform's API key. The snippet
// says whose channel the video is on (a creator links only their own) and when it was
// published (a video published after the campaign start has a baseline of 0).
// Development and tests point YOUTUBE_DATA_API_BASE_URL at a local stand-in answering
// Google's documented response shape.
import type { YoutubeClient } from "../../youtube/client.ts";

export type VideoStats = {
  views: number;
  likes: number;
  comments: number;
  /** the channel the video is on (YouTube "UC…" id) */
  channelId: string | null;
  publishedAt: Date | null;
};

export interface VideoStatsSource {
  /** Statistics of the ids YouTube knows; an id missing from the map is gone or private. */
  fetchStatistics(videoIds: readonly string[]): Promise<Map<string, VideoStats>>;
}

export const VIDEOS_PER_CALL = 50;

export function youtubeVideoStats(client: Pick<YoutubeClient, "videos">): VideoStatsSource {
  return {
    async fetchStatistics(videoIds) {
      const out = new Map<string, VideoStats>();
      for (let i = 0; i < videoIds.length; i += VIDEOS_PER_CALL) {
        const body = await client.videos(
          videoIds.slice(i, i + VIDEOS_PER_CALL),
          "snippet,statistics",
        );
        for (const item of body.items ?? []) {
          // Hidden like counts are absent from the response: 0, not an error.
          const s = item.statistics ?? {};
          out.set(item.id, {
            views: Number(s.viewCount ?? 0),
            likes: Number(s.likeCount ?? 0),
            comments: Number(s.commentCount ?? 0),
            channelId: item.snippet?.channelId ?? null,
            publishedAt: item.snippet?.publishedAt ? new Date(item.snippet.publishedAt) : null,
          });
        }
      }
      return out;
    },
  };
}
