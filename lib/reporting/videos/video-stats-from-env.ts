// The production statistics source, configured from the environment.
import { env } from "../../env.ts";
import { youtubeVideoStats, type VideoStatsSource } from "./video-stats-source.ts";

export function videoStatsFromEnv(): VideoStatsSource {
  const e = env();
  return youtubeVideoStats({ baseUrl: e.YOUTUBE_DATA_API_BASE_URL, apiKey: e.YOUTUBE_API_KEY });
}
