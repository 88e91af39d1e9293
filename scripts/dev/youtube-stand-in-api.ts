// The API half of the local YouTube stand-in: YouTube Data API v3 channels.list,
// playlistItems.list and videos.list, and YouTube Analytics API v2 reports.query,
// answering like Google's documented responses for the fixture channel of the account
// that owns the bearer token. videos.list also takes the platform's API key (`key=`,
// no token) for public reads, over every channel the stand-in knows, as Google serves
// any public video to a key, and the demo's sponsored videos besides (their counts
// follow the curve their id carries: lib/demo-data/demo-videos.ts).
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { demoVideoCounts, readDemoVideoId } from "../../lib/demo-data/demo-videos.ts";
import {
  fixtureChannelFor,
  youtubeTime,
  type FixtureChannel,
  type FixtureVideo,
} from "./youtube-fixtures.ts";
import { sendJson } from "./http-helpers.ts";

type Deps = {
  authenticate(header: string | undefined): { email: string; scopes: string[] } | null;
  /** channels.list calls of an account so far (each sync starts with one); `count` adds this one. */
  syncCount(email: string, count: boolean): number;
  record(path: string, email: string, status: number): void;
  /** The API key public reads must carry. */
  apiKey: string;
  /** The channels a public read can see. */
  publicChannels(): FixtureChannel[];
};

const KEY_INVALID = googleError(400, "INVALID_ARGUMENT", {
  message: "API key not valid. Please pass a valid API key.",
  domain: "global",
  reason: "badRequest",
});

const YT_READ = [
  "https://www.googleapis.com/auth/youtube.readonly",
  "https://www.googleapis.com/auth/youtube",
];
const YTA_READ = "https://www.googleapis.com/auth/yt-analytics.readonly";

type ErrorItem = {
  message: string;
  domain: string;
  reason: string;
  location?: string;
  locationType?: string;
};

export function googleError(code: number, status: string, item: ErrorItem) {
  return { error: { code, message: item.message, errors: [item], status } };
}

const UNAUTHENTICATED = googleError(401, "UNAUTHENTICATED", {
  message: "Invalid Credentials",
  domain: "global",
  reason: "authError",
  location: "Authorization",
  locationType: "header",
});
const INSUFFICIENT_SCOPE = googleError(403, "PERMISSION_DENIED", {
  message: "Request had insufficient authentication scopes.",
  domain: "global",
  reason: "insufficientPermissions",
});
const QUOTA_EXCEEDED = googleError(403, "PERMISSION_DENIED", {
  message:
    'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
  domain: "youtube.quota",
  reason: "quotaExceeded",
});

function required(name: string) {
  return googleError(400, "INVALID_ARGUMENT", {
    message: `Required parameter: ${name}`,
    domain: "global",
    reason: "required",
    location: name,
    locationType: "parameter",
  });
}

const etag = (value: unknown) =>
  createHash("sha1").update(JSON.stringify(value)).digest("base64url").slice(0, 27);

const thumbnails = (id: string) => ({
  default: { url: `https://i.ytimg.com/vi/${id}/default.jpg`, width: 120, height: 90 },
  medium: { url: `https://i.ytimg.com/vi/${id}/mqdefault.jpg`, width: 320, height: 180 },
  high: { url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`, width: 480, height: 360 },
});

function isoDuration(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  return `PT${m ? `${m}M` : ""}${s || !m ? `${s}S` : ""}`;
}

// Opaque to the client, like Google's ("EAAaBlBUOkNESQ"): an offset inside.
const pageToken = (offset: number) => `EAAa${Buffer.from(`PT:${offset}`).toString("base64url")}`;
function offsetOf(token: string | null): number | null {
  if (!token) return 0;
  const m = /^PT:(\d+)$/.exec(Buffer.from(token.replace(/^EAAa/, ""), "base64url").toString());
  return m ? Number(m[1]) : null;
}

export function handleYoutubeApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: Deps,
): boolean {
  const routes: Record<string, (ch: FixtureChannel, q: URLSearchParams) => [number, unknown]> = {
    "/youtube/v3/channels": channels,
    "/youtube/v3/playlistItems": playlistItems,
    "/youtube/v3/videos": videos,
    "/v2/reports": reports,
  };
  const route = routes[url.pathname];
  if (!route || req.method !== "GET") return false;
  const key = url.searchParams.get("key");
  if (key !== null && !req.headers.authorization && url.pathname === "/youtube/v3/videos") {
    const [status, body] =
      key === deps.apiKey
        ? videosOf(deps.publicChannels(), url.searchParams, { demoVideos: true })
        : [400, KEY_INVALID];
    deps.record(url.pathname, "(api key)", status);
    sendJson(res, status, body);
    return true;
  }
  const who = deps.authenticate(req.headers.authorization);
  const reply = (status: number, body: unknown, email = "") => {
    deps.record(url.pathname, email, status);
    sendJson(res, status, body);
  };
  if (!who) {
    reply(401, UNAUTHENTICATED);
    return true;
  }
  const analytics = url.pathname === "/v2/reports";
  const allowed = analytics
    ? who.scopes.includes(YTA_READ)
    : who.scopes.some((s) => YT_READ.includes(s));
  if (!allowed) {
    reply(403, INSUFFICIENT_SCOPE, who.email);
    return true;
  }
  const channel = fixtureChannelFor(who.email);
  const syncs = deps.syncCount(who.email, url.pathname === "/youtube/v3/channels");
  if (channel.scenarios.has("quota") && syncs > 1) {
    reply(403, QUOTA_EXCEEDED, who.email);
    return true;
  }
  const [status, body] = route(channel, url.searchParams);
  reply(status, body, who.email);
  return true;
}

function channels(ch: FixtureChannel, q: URLSearchParams): [number, unknown] {
  if (!q.get("part")) return [400, required("part")];
  if (q.get("mine") !== "true") return [400, required("filter (mine, id, forHandle...)")];
  const parts = new Set(q.get("part")!.split(","));
  const hidden = ch.scenarios.has("hidden");
  const item: Record<string, unknown> = { kind: "youtube#channel", etag: etag(ch.id), id: ch.id };
  if (parts.has("snippet")) {
    item.snippet = {
      title: ch.title,
      description: ch.description,
      customUrl: ch.customUrl,
      publishedAt: ch.publishedAt,
      thumbnails: thumbnails(ch.id),
      localized: { title: ch.title, description: ch.description },
      country: ch.country,
    };
  }
  if (parts.has("contentDetails")) {
    item.contentDetails = { relatedPlaylists: { likes: "", uploads: ch.uploadsPlaylistId } };
  }
  if (parts.has("statistics")) {
    item.statistics = {
      viewCount: String(ch.viewCount),
      // A channel that hides its count has no subscriberCount at all.
      ...(hidden ? {} : { subscriberCount: String(ch.subscriberCount) }),
      hiddenSubscriberCount: hidden,
      videoCount: String(ch.videos.length),
    };
  }
  return [
    200,
    {
      kind: "youtube#channelListResponse",
      etag: etag([item]),
      pageInfo: { totalResults: 1, resultsPerPage: 5 },
      items: [item],
    },
  ];
}

function playlistItems(ch: FixtureChannel, q: URLSearchParams): [number, unknown] {
  if (!q.get("part")) return [400, required("part")];
  if (!q.get("playlistId")) return [400, required("playlistId")];
  if (q.get("playlistId") !== ch.uploadsPlaylistId) {
    return [
      404,
      googleError(404, "NOT_FOUND", {
        message:
          "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.",
        domain: "youtube.playlistItem",
        reason: "playlistNotFound",
        location: "playlistId",
        locationType: "parameter",
      }),
    ];
  }
  const maxResults = Math.min(Math.max(Number(q.get("maxResults") ?? 5), 0), 50);
  const offset = offsetOf(q.get("pageToken"));
  if (offset === null) {
    return [
      400,
      googleError(400, "INVALID_ARGUMENT", {
        message: "The request specifies an invalid page token.",
        domain: "youtube.parameter",
        reason: "invalidPageToken",
        location: "pageToken",
        locationType: "parameter",
      }),
    ];
  }
  const size = Math.min(maxResults, ch.pageCap);
  const page = ch.videos.slice(offset, offset + size);
  const items = page.map((v, i) => ({
    kind: "youtube#playlistItem",
    etag: etag(v.id),
    id: Buffer.from(`${ch.uploadsPlaylistId}.${v.id}`).toString("base64url"),
    snippet: {
      publishedAt: v.publishedAt,
      channelId: ch.id,
      title: v.title,
      description: "",
      thumbnails: thumbnails(v.id),
      channelTitle: ch.title,
      playlistId: ch.uploadsPlaylistId,
      position: offset + i,
      resourceId: { kind: "youtube#video", videoId: v.id },
      videoOwnerChannelTitle: ch.title,
      videoOwnerChannelId: ch.id,
    },
    contentDetails: { videoId: v.id, videoPublishedAt: v.publishedAt },
  }));
  const next = offset + size < ch.videos.length ? pageToken(offset + size) : undefined;
  return [
    200,
    {
      kind: "youtube#playlistItemListResponse",
      etag: etag(items),
      ...(next ? { nextPageToken: next } : {}),
      ...(offset > 0 ? { prevPageToken: pageToken(Math.max(0, offset - size)) } : {}),
      items,
      pageInfo: { totalResults: ch.videos.length, resultsPerPage: size },
    },
  ];
}

function videos(ch: FixtureChannel, q: URLSearchParams): [number, unknown] {
  return videosOf([ch], q);
}

/** Whose the demo's sponsored videos are (lib/demo-data/demo-videos.ts). */
const DEMO_VIDEO_CHANNEL = { id: "UCdemoSponsoredVideos000", title: "데모 크리에이터" };

/**
 * A demo video's answer, its counts read from the curve its id carries at the time of
 * the call; null for any other id.
 */
function demoVideoOf(id: string): { v: FixtureVideo; ch: typeof DEMO_VIDEO_CHANNEL } | null {
  const demo = readDemoVideoId(id);
  if (!demo) return null;
  const now = new Date();
  if (demo.publishedAt > now) return null; // not out yet
  return {
    v: {
      id,
      title: "협찬 영상",
      publishedAt: youtubeTime(demo.publishedAt),
      durationSec: 480,
      ...demoVideoCounts(demo, now),
    },
    ch: DEMO_VIDEO_CHANNEL,
  };
}

function videosOf(
  channels: FixtureChannel[],
  q: URLSearchParams,
  { demoVideos = false } = {},
): [number, unknown] {
  if (!q.get("part")) return [400, required("part")];
  const ids = (q.get("id") ?? "").split(",").filter(Boolean);
  if (ids.length > 50) {
    return [
      400,
      googleError(400, "INVALID_ARGUMENT", {
        message: "The request specifies an invalid filter parameter.",
        domain: "youtube.parameter",
        reason: "invalidFilters",
      }),
    ];
  }
  const parts = new Set(q.get("part")!.split(","));
  const byId = new Map(channels.flatMap((ch) => ch.videos.map((v) => [v.id, { v, ch }] as const)));
  const items = ids
    .map((id) => byId.get(id) ?? (demoVideos ? demoVideoOf(id) : null))
    .filter((found) => found != null)
    .map(({ v, ch }) => ({
      kind: "youtube#video",
      etag: etag(v),
      id: v.id,
      ...(parts.has("snippet")
        ? {
            snippet: {
              publishedAt: v.publishedAt,
              channelId: ch.id,
              title: v.title,
              description: "",
              channelTitle: ch.title,
              categoryId: "22",
              liveBroadcastContent: "none",
            },
          }
        : {}),
      ...(parts.has("contentDetails")
        ? {
            contentDetails: {
              duration: isoDuration(v.durationSec),
              dimension: "2d",
              definition: "hd",
              caption: "false",
              licensedContent: true,
              contentRating: {},
              projection: "rectangular",
            },
          }
        : {}),
      ...(parts.has("statistics")
        ? {
            statistics: {
              viewCount: String(v.views),
              likeCount: String(v.likes),
              favoriteCount: "0",
              commentCount: String(v.comments),
            },
          }
        : {}),
    }));
  return [
    200,
    {
      kind: "youtube#videoListResponse",
      etag: etag(items),
      items,
      pageInfo: { totalResults: items.length, resultsPerPage: items.length },
    },
  ];
}

function reports(ch: FixtureChannel, q: URLSearchParams): [number, unknown] {
  for (const name of ["ids", "startDate", "endDate", "metrics"]) {
    if (!q.get(name)) return [400, required(name)];
  }
  if (q.get("ids") !== "channel==MINE") {
    return [
      403,
      googleError(403, "PERMISSION_DENIED", {
        message: "Forbidden",
        domain: "global",
        reason: "forbidden",
      }),
    ];
  }
  const dims = q.get("dimensions") ?? "";
  const metric = { name: "viewerPercentage", columnType: "METRIC", dataType: "FLOAT" };
  const dim = (name: string) => ({ name, columnType: "DIMENSION", dataType: "STRING" });
  const empty = ch.scenarios.has("noanalytics");
  if (dims === "ageGroup,gender") {
    return [
      200,
      {
        kind: "youtubeAnalytics#resultTable",
        columnHeaders: [dim("ageGroup"), dim("gender"), metric],
        // The API leaves `rows` out when there is nothing to report.
        ...(empty ? {} : { rows: ch.ageGender }),
      },
    ];
  }
  if (dims === "country") {
    return [
      200,
      {
        kind: "youtubeAnalytics#resultTable",
        columnHeaders: [dim("country"), metric],
        ...(empty ? {} : { rows: ch.countries }),
      },
    ];
  }
  return [
    400,
    googleError(400, "INVALID_ARGUMENT", {
      message: "The query is not supported.",
      domain: "global",
      reason: "badRequest",
    }),
  ];
}
