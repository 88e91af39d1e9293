// Writes one sync's figures, inside the caller's transaction: the channel's statistics,
// its recent videos and its audience, all marked VERIFIED with the fetch time. The
// channel's summary columns (tier, engagement, median views) use the engine's own
// definitions (deriveFeatures), as the roster import does.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { conflict } from "../errors.ts";
import { deriveFeatures } from "../matching/engine/derive-features.ts";
import { toDbTier } from "../matching/feature-store/rows.ts";
import type { ChannelSnapshot } from "./fetch-channel-snapshot.ts";

export type StoredChannel = { channelId: string; previousCreatorId: string | null };

export async function storeSnapshot(
  client: pg.PoolClient,
  creatorId: string,
  snap: ChannelSnapshot,
  now: Date,
): Promise<StoredChannel> {
  const { rows: existing } = await client.query<{
    id: string;
    creator_id: string;
    has_user: boolean;
  }>(
    `SELECT ch.id, ch.creator_id, c.user_id IS NOT NULL AS has_user
       FROM channels ch JOIN creators c ON c.id = ch.creator_id
      WHERE ch.platform = 'YOUTUBE' AND ch.external_id = $1
      FOR UPDATE OF ch`,
    [snap.externalId],
  );
  const hit = existing[0];
  // Another account's channel: the grant proves ownership, but two accounts of one
  // person would fight over it; refuse rather than move it silently.
  if (hit && hit.creator_id !== creatorId && hit.has_user) {
    throw conflict("This YouTube channel is already connected to another Creator Match account");
  }
  // A channel known only from public data or a roster becomes its owner's: the OAuth
  // grant is the proof the roster never had.
  const previousCreatorId = hit && hit.creator_id !== creatorId ? hit.creator_id : null;

  const f = deriveFeatures(
    {
      id: creatorId,
      platform: "youtube",
      channelName: snap.title,
      subscribers: snap.subscriberCount,
      categories: [],
      videos: snap.videos.map((v) => ({
        publishedAt: v.publishedAt.toISOString(),
        views: v.views,
        likes: v.likes,
        comments: v.comments,
        shares: 0,
      })),
    },
    now,
  );
  const lastVideoAt = snap.videos.reduce<Date | null>(
    (a, v) => (a && a > v.publishedAt ? a : v.publishedAt),
    null,
  );
  const channelId = hit?.id ?? randomUUID();
  await client.query(
    `INSERT INTO channels (id, creator_id, platform, external_id, handle, title, url, country,
                           subscriber_count, subscribers_hidden, view_count, video_count, tier,
                           engagement_rate, median_views, last_video_at, stats_source,
                           stats_fetched_at, updated_at)
     VALUES ($1, $2, 'YOUTUBE', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::"Tier", $13, $14, $15,
             'VERIFIED', $16, $16)
     ON CONFLICT (platform, external_id) DO UPDATE SET
       creator_id = EXCLUDED.creator_id, handle = EXCLUDED.handle, title = EXCLUDED.title,
       url = EXCLUDED.url, country = COALESCE(EXCLUDED.country, channels.country),
       subscriber_count = EXCLUDED.subscriber_count, subscribers_hidden = EXCLUDED.subscribers_hidden,
       view_count = EXCLUDED.view_count, video_count = EXCLUDED.video_count, tier = EXCLUDED.tier,
       engagement_rate = EXCLUDED.engagement_rate, median_views = EXCLUDED.median_views,
       last_video_at = EXCLUDED.last_video_at, stats_source = 'VERIFIED',
       stats_fetched_at = EXCLUDED.stats_fetched_at, updated_at = EXCLUDED.updated_at`,
    [
      channelId,
      creatorId,
      snap.externalId,
      snap.handle,
      snap.title,
      `https://www.youtube.com/channel/${snap.externalId}`,
      snap.country,
      snap.subscriberCount,
      snap.subscribersHidden,
      snap.viewCount,
      snap.videoCount,
      toDbTier(f.tier),
      f.engagementRate,
      f.medianViews === null ? null : Math.min(Math.round(f.medianViews), 2_147_483_647),
      lastVideoAt,
      now,
    ],
  );
  if (snap.videos.length > 0) {
    await client.query(
      `INSERT INTO videos (id, channel_id, external_id, title, published_at, duration_sec, is_short,
                           views, likes, comments, shares, fetched_at)
       SELECT gen_random_uuid(), $1::uuid, v.external_id, v.title, v.published_at, v.duration_sec,
              v.is_short, v.views, v.likes, v.comments, 0, $2::timestamptz
         FROM json_to_recordset($3::json) AS v(external_id text, title text, published_at timestamptz,
              duration_sec int, is_short boolean, views bigint, likes int, comments int)
       ON CONFLICT (channel_id, external_id) DO UPDATE SET
         title = EXCLUDED.title, duration_sec = EXCLUDED.duration_sec, is_short = EXCLUDED.is_short,
         views = EXCLUDED.views, likes = EXCLUDED.likes, comments = EXCLUDED.comments,
         fetched_at = EXCLUDED.fetched_at`,
      [
        channelId,
        now,
        JSON.stringify(
          snap.videos.map((v) => ({
            external_id: v.externalId,
            title: v.title,
            published_at: v.publishedAt.toISOString(),
            duration_sec: v.durationSec,
            is_short: v.isShort,
            views: v.views,
            likes: Math.min(v.likes, 2_147_483_647),
            comments: Math.min(v.comments, 2_147_483_647),
          })),
        ),
      ],
    );
  }
  // No analytics rows yet (a new channel): whatever audience was known stays, with its
  // own label, rather than being wiped by an empty report.
  if (snap.audience) {
    const rows = [
      ...Object.entries(snap.audience.age).map(([b, s]) => ["AGE", b, s] as const),
      ...Object.entries(snap.audience.gender).map(([b, s]) => ["GENDER", b, s] as const),
      ...Object.entries(snap.audience.country).map(([b, s]) => ["COUNTRY", b, s] as const),
    ];
    await client.query(
      `DELETE FROM audience_shares WHERE channel_id = $1 AND dimension IN ('AGE', 'GENDER', 'COUNTRY')`,
      [channelId],
    );
    await client.query(
      `INSERT INTO audience_shares (channel_id, dimension, bucket, share, source, fetched_at)
       SELECT $1::uuid, r.dimension::"AudienceDimension", r.bucket, r.share, 'VERIFIED', $2::timestamptz
         FROM json_to_recordset($3::json) AS r(dimension text, bucket text, share float8)`,
      [
        channelId,
        now,
        JSON.stringify(rows.map(([dimension, bucket, share]) => ({ dimension, bucket, share }))),
      ],
    );
  }
  return { channelId, previousCreatorId };
}
