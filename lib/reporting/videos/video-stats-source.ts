// Where the daily job reads a video's public statistics: YouTube Data API v3
// videos.list (part=snippet,statistics, up to 50 ids a call), with an API key. The
// snippet says whose channel the video is on (a creator links only their own) and when
// it was published (a video published after the campaign start has a baseline of 0). Written against
// this small interface so tests (and the YouTube client of lib/youtube, once merged)
// can stand in; development and tests point YOUTUBE_DATA_API_BASE_URL at a local
// server answering Google's documented response shape.
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

type VideoListResponse = {
  items?: Array<{
    id: string;
    snippet?: { channelId?: string; publishedAt?: string };
    statistics?: { viewCount?: string; likeCount?: string; commentCount?: string };
  }>;
};

export function youtubeVideoStats(config: {
  baseUrl: string;
  apiKey?: string;
  timeoutMs?: number;
}): VideoStatsSource {
  const base = config.baseUrl.replace(/\/$/, "");
  return {
    async fetchStatistics(videoIds) {
      const out = new Map<string, VideoStats>();
      for (let i = 0; i < videoIds.length; i += VIDEOS_PER_CALL) {
        const ids = videoIds.slice(i, i + VIDEOS_PER_CALL);
        const params = new URLSearchParams({ part: "snippet,statistics", id: ids.join(",") });
        if (config.apiKey) params.set("key", config.apiKey);
        const res = await fetch(`${base}/videos?${params}`, {
          signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
        });
        if (!res.ok) throw new Error(`videos.list answered ${res.status}`);
        const body = (await res.json()) as VideoListResponse;
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
