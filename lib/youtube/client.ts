// A small YouTube client over fetch: the four reads the sync needs, each one GET with
// the creator's bearer token. A 401 (the token expired or was revoked early) is
// answered once by refreshing the token and retrying; a second 401 is final.
import type { YoutubeConfig } from "./config.ts";
import { toYoutubeApiError } from "./errors.ts";
import type {
  ChannelListResponse,
  PlaylistItemListResponse,
  ResultTable,
  VideoListResponse,
} from "./types.ts";

export type TokenSource = {
  /** The stored access token (refreshed first when it is about to expire). */
  accessToken(): Promise<string>;
  /** Refreshes with the refresh token, stores and returns the new access token. */
  refresh(): Promise<string>;
};

export type YoutubeClient = ReturnType<typeof createYoutubeClient>;

export function createYoutubeClient(config: YoutubeConfig, tokens: TokenSource) {
  async function get<T>(base: string, path: string, params: Record<string, string>): Promise<T> {
    const url = `${base}${path}?${new URLSearchParams(params).toString()}`;
    let token = await tokens.accessToken();
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
        signal: AbortSignal.timeout(15_000),
      });
      if (res.ok) return (await res.json()) as T;
      const body: unknown = await res.json().catch(() => null);
      if (res.status === 401 && attempt === 0) {
        token = await tokens.refresh();
        continue;
      }
      throw toYoutubeApiError(res.status, body);
    }
  }

  return {
    myChannel: () =>
      get<ChannelListResponse>(config.dataApiBase, "/channels", {
        part: "snippet,statistics,contentDetails",
        mine: "true",
      }),
    playlistItems: (playlistId: string, pageToken?: string) =>
      get<PlaylistItemListResponse>(config.dataApiBase, "/playlistItems", {
        part: "snippet,contentDetails",
        playlistId,
        maxResults: "50",
        ...(pageToken ? { pageToken } : {}),
      }),
    videos: (ids: readonly string[]) =>
      get<VideoListResponse>(config.dataApiBase, "/videos", {
        part: "statistics,contentDetails",
        id: ids.join(","),
        maxResults: "50",
      }),
    audienceReport: (
      dimensions: "ageGroup,gender" | "country",
      startDate: string,
      endDate: string,
    ) =>
      get<ResultTable>(config.analyticsApiBase, "/reports", {
        ids: "channel==MINE",
        startDate,
        endDate,
        metrics: "viewerPercentage",
        dimensions,
        ...(dimensions === "country" ? { sort: "-viewerPercentage" } : {}),
      }),
  };
}
