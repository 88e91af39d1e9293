// A tiny local stand-in for YouTube Data API v3 videos.list, answering Google's
// documented response shape (youtube#videoListResponse, counts as strings) for the
// videos a test puts in it, to callers with its API key (`key=`; without one Google
// answers 403); `failing` answers Google's 503 error shape instead.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type StandInVideo = {
  views: number;
  likes: number;
  comments: number;
  /** the channel it is on (snippet.channelId); defaults to STAND_IN_CHANNEL */
  channelId?: string;
  /** snippet.publishedAt; defaults to 2020-01-01 */
  publishedAt?: Date;
};

export const STAND_IN_CHANNEL = "UCstandInChannel000000001";
const API_KEY = "videos-stand-in-key";

export async function startVideosListStandIn() {
  const videos = new Map<string, StandInVideo>();
  const state = { failing: false, calls: 0 };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== "/youtube/v3/videos") return send(404, { error: { code: 404 } });
    state.calls++;
    if (url.searchParams.get("key") !== API_KEY) {
      return send(403, {
        error: {
          code: 403,
          message:
            "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
          status: "PERMISSION_DENIED",
        },
      });
    }
    if (state.failing) {
      return send(503, {
        error: {
          code: 503,
          message: "The service is currently unavailable.",
          status: "UNAVAILABLE",
        },
      });
    }
    const ids = (url.searchParams.get("id") ?? "").split(",").filter(Boolean);
    const parts = new Set((url.searchParams.get("part") ?? "").split(","));
    if (!parts.has("statistics") || ids.length > 50) {
      return send(400, {
        error: { code: 400, message: "Invalid request", status: "INVALID_ARGUMENT" },
      });
    }
    const items = ids
      .filter((id) => videos.has(id))
      .map((id) => {
        const v = videos.get(id)!;
        return {
          kind: "youtube#video",
          etag: `etag-${id}`,
          id,
          ...(parts.has("snippet")
            ? {
                snippet: {
                  publishedAt: (v.publishedAt ?? new Date("2020-01-01T00:00:00Z")).toISOString(),
                  channelId: v.channelId ?? STAND_IN_CHANNEL,
                  title: `Video ${id}`,
                },
              }
            : {}),
          statistics: {
            viewCount: String(v.views),
            likeCount: String(v.likes),
            favoriteCount: "0",
            commentCount: String(v.comments),
          },
        };
      });
    send(200, {
      kind: "youtube#videoListResponse",
      etag: "list-etag",
      items,
      pageInfo: { totalResults: items.length, resultsPerPage: items.length },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/youtube/v3`,
    apiKey: API_KEY,
    videos,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
