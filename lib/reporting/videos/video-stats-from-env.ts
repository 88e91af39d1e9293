// The production statistics source: the one YouTube client, configured from the
// environment, reading public statistics with the platform's API key.
import { env } from "../../env.ts";
import { createYoutubeClient } from "../../youtube/client.ts";
import { youtubeVideoStats, type VideoStatsSource } from "./video-stats-source.ts";

export function videoStatsFromEnv(): VideoStatsSource {
  const e = env();
  return youtubeVideoStats(
    createYoutubeClient(
      {
        dataApiBase: e.YOUTUBE_DATA_API_BASE_URL.replace(/\/$/, ""),
        analyticsApiBase: e.YOUTUBE_ANALYTICS_API_BASE_URL.replace(/\/$/, ""),
      },
      { apiKey: e.YOUTUBE_API_KEY },
    ),
  );
}
