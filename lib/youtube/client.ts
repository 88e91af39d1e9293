// A small YouTube client over fetch: the four reads the sync needs, each one GET with
// the creator's bearer token. A 401 (the token expired or was revoked early) is
// answered once by refreshing the token and retrying; a second 401 is final.
// Public reads (the sponsored-video statistics job: videos.list) go with the
// platform's API key instead (`{ apiKey }`), as Google's API allows for public data.
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

/** Public data only: the API key travels as `key=` (none configured: no credential). */
export type ApiKeyAuth = { apiKey: string | undefined };

export type YoutubeClient = ReturnType<typeof createYoutubeClient>;

export function createYoutubeClient(
  config: Pick<YoutubeConfig, "dataApiBase" | "analyticsApiBase">,
  auth: TokenSource | ApiKeyAuth,
) {
  async function get<T>(base: string, path: string, params: Record<string, string>): Promise<T> {
    if ("apiKey" in auth) {
      const query = new URLSearchParams(auth.apiKey ? { ...params, key: auth.apiKey } : params);
      const res = await fetch(`${base}${path}?${query}`, {
        headers: { accept: "application/json" },
        signal: AbortSignal.timeout(15_000),
      });
      if (res.ok) return (await res.json()) as T;
      throw toYoutubeApiError(res.status, await res.json().catch(() => null));
    }
    const tokens = auth;
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
    /** `parts`: the channel sync reads durations, the statistics job whose channel it is. */
    videos: (
      ids: readonly string[],
      parts: "statistics,contentDetails" | "snippet,statistics" = "statistics,contentDetails",
    ) =>
      get<VideoListResponse>(config.dataApiBase, "/videos", {
        part: parts,
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
