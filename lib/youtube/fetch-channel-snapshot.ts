// One sync's reads: the creator's channel, its last 50 uploads with their statistics,
// and the audience of the last 90 days. Pure reading: storing is store-snapshot.ts.
import type { YoutubeClient } from "./client.ts";
import { YoutubeApiError } from "./errors.ts";
import {
  audienceFromReports,
  parseCount,
  parseIsoDuration,
  type AudienceBreakdown,
} from "./parse.ts";

export const RECENT_UPLOADS = 50;
export const AUDIENCE_DAYS = 90;
// YouTube Shorts are up to 3 minutes since October 2024; the API does not say which
// uploads are Shorts, so the duration decides.
const SHORT_MAX_SECONDS = 180;

export type SnapshotVideo = {
  externalId: string;
  title: string;
  publishedAt: Date;
  durationSec: number | null;
  isShort: boolean;
  views: number;
  likes: number;
  comments: number;
};

export type ChannelSnapshot = {
  externalId: string;
  title: string;
  handle: string | null;
  country: string | null;
  /** null when the channel hides it. */
  subscriberCount: number | null;
  subscribersHidden: boolean;
  viewCount: number;
  videoCount: number;
  videos: SnapshotVideo[];
  /** null: YouTube Analytics has no rows for this channel yet. */
  audience: AudienceBreakdown | null;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function fetchChannelSnapshot(
  client: YoutubeClient,
  now = new Date(),
  options: { analytics: boolean } = { analytics: true },
): Promise<ChannelSnapshot> {
  const list = await client.myChannel();
  const ch = list.items?.[0];
  if (!ch) {
    throw new YoutubeApiError(
      "not_found",
      404,
      "channelNotFound",
      "This Google account has no YouTube channel",
    );
  }
  const uploads = ch.contentDetails?.relatedPlaylists?.uploads;

  // The uploads playlist lists newest first; pages may hold fewer than maxResults.
  const items: { id: string; title: string; publishedAt: string }[] = [];
  let pageToken: string | undefined;
  for (let page = 0; uploads && items.length < RECENT_UPLOADS && page < 20; page++) {
    const res = await client.playlistItems(uploads, pageToken);
    for (const it of res.items ?? []) {
      const id = it.contentDetails?.videoId ?? it.snippet?.resourceId?.videoId;
      const publishedAt = it.contentDetails?.videoPublishedAt ?? it.snippet?.publishedAt;
      if (id && publishedAt && items.length < RECENT_UPLOADS) {
        items.push({ id, title: it.snippet?.title ?? "", publishedAt });
      }
    }
    pageToken = res.nextPageToken;
    if (!pageToken) break;
  }

  const stats = items.length ? await client.videos(items.map((i) => i.id)) : { items: [] };
  const byId = new Map((stats.items ?? []).map((v) => [v.id, v]));
  const videos: SnapshotVideo[] = [];
  for (const it of items) {
    const v = byId.get(it.id);
    if (!v) continue; // deleted or private since it was listed
    const durationSec = parseIsoDuration(v.contentDetails?.duration);
    videos.push({
      externalId: it.id,
      title: it.title.slice(0, 300),
      publishedAt: new Date(it.publishedAt),
      durationSec,
      isShort: durationSec !== null && durationSec > 0 && durationSec <= SHORT_MAX_SECONDS,
      views: parseCount(v.statistics?.viewCount) ?? 0,
      // Hidden like counts are absent: 0, as the roster import stores them.
      likes: parseCount(v.statistics?.likeCount) ?? 0,
      comments: parseCount(v.statistics?.commentCount) ?? 0,
    });
  }

  const end = day(now);
  const start = day(new Date(now.getTime() - AUDIENCE_DAYS * 86_400_000));
  const [ageGender, countries] = options.analytics
    ? await Promise.all([
        client.audienceReport("ageGroup,gender", start, end),
        client.audienceReport("country", start, end),
      ])
    : [null, null];

  const hidden = ch.statistics?.hiddenSubscriberCount === true;
  return {
    externalId: ch.id,
    title: (ch.snippet?.title ?? ch.id).slice(0, 200),
    handle: ch.snippet?.customUrl ?? null,
    country: /^[A-Z]{2}$/.test(ch.snippet?.country ?? "") ? ch.snippet!.country! : null,
    subscriberCount: hidden ? null : parseCount(ch.statistics?.subscriberCount),
    subscribersHidden: hidden,
    viewCount: parseCount(ch.statistics?.viewCount) ?? 0,
    videoCount: parseCount(ch.statistics?.videoCount) ?? 0,
    videos,
    audience: ageGender && countries ? audienceFromReports(ageGender, countries) : null,
  };
}
