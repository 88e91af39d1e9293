// Reads what the engine needs about stored creators, in the roster's own shape
// (CreatorRecord), so that deriveFeatures is the one definition of every feature for
// files and for the database alike. One query per batch of creators.
import type pg from "pg";
import { RECENT_VIDEOS, SETTLE_DAYS } from "../matching/engine/derive-features.ts";
import { fromDbPlatform } from "../matching/feature-store/rows.ts";
import type { CreatorRecord, VideoRecord } from "../matching/engine/types.ts";

type Queryable = Pick<pg.ClientBase, "query"> | pg.Pool;

// deriveFeatures counts uploads over the last 90 days; the query reads at least that
// far back. Reading more than it needs is harmless (it filters itself), reading less
// would change the features: the integration test compares against all videos.
const UPLOAD_LOOKBACK_DAYS = 120;

// The creator's primary channel is the one ranked: YouTube first (the product's
// first platform), then the biggest audience. Videos: every one inside the upload
// look-back window plus the RECENT_VIDEOS newest settled ones, which is what
// deriveFeatures uses from a channel's whole history. Served by
// videos(channel_id, published_at DESC).
const RECORDS_SQL = `
  SELECT c.id,
         c.categories,
         c.region,
         c.district,
         -- creators.country is NOT NULL with a 'KR' default, which says nothing for a
         -- roster creator without an account: only a profile someone filled counts.
         CASE WHEN c.user_id IS NULL THEN ch.country ELSE COALESCE(ch.country, c.country) END AS country,
         c.rate_per_video::float8 AS rate_per_video,
         c.currency,
         ch.platform::text AS platform,
         ch.title,
         CASE WHEN ch.subscribers_hidden THEN NULL ELSE ch.subscriber_count END AS subscribers,
         COALESCE(v.videos, '[]'::json) AS videos,
         a.audience,
         a.verified
    FROM creators c
    JOIN LATERAL (
      SELECT * FROM channels
       WHERE creator_id = c.id
       ORDER BY (platform = 'YOUTUBE') DESC, subscriber_count DESC NULLS LAST, created_at, id
       LIMIT 1
    ) ch ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'publishedAt', vv.published_at, 'views', vv.views, 'likes', vv.likes,
               'comments', vv.comments, 'shares', vv.shares)
             ORDER BY vv.published_at DESC, vv.external_id) AS videos
        FROM videos vv
       WHERE vv.channel_id = ch.id
         AND (vv.published_at >= $2::timestamptz - make_interval(days => $3)
              OR vv.published_at >= COALESCE((
                   SELECT s.published_at FROM videos s
                    WHERE s.channel_id = ch.id
                      AND s.published_at <= $2::timestamptz - make_interval(days => $4)
                    ORDER BY s.published_at DESC
                   OFFSET $5 - 1 LIMIT 1), '-infinity'))
    ) v ON true
    LEFT JOIN LATERAL (
      SELECT json_object_agg(d.dimension, d.shares) AS audience, bool_or(d.verified) AS verified
        FROM (
          SELECT dimension::text AS dimension,
                 json_object_agg(bucket, share ORDER BY bucket) AS shares,
                 bool_or(source = 'VERIFIED') AS verified
            FROM audience_shares
           WHERE channel_id = ch.id
           GROUP BY dimension
        ) d
    ) a ON true
   WHERE c.id = ANY($1::uuid[])
   ORDER BY c.id`;

type RecordRow = {
  id: string;
  categories: string[] | null;
  region: string | null;
  district: string | null;
  country: string | null;
  rate_per_video: number | null;
  currency: string;
  platform: string;
  title: string;
  subscribers: number | null;
  videos: { publishedAt: string; views: number; likes: number; comments: number; shares: number }[];
  audience: Partial<Record<"AGE" | "GENDER" | "COUNTRY" | "REGION", Record<string, number>>> | null;
  verified: boolean | null;
};

/**
 * CreatorRecords of the given creators that have at least one channel (creators
 * without one have nothing to rank and are absent from the result).
 */
export async function loadCreatorRecords(
  db: Queryable,
  creatorIds: readonly string[],
  now: Date,
): Promise<CreatorRecord[]> {
  if (creatorIds.length === 0) return [];
  const { rows } = await db.query<RecordRow>(RECORDS_SQL, [
    creatorIds,
    now.toISOString(),
    UPLOAD_LOOKBACK_DAYS,
    SETTLE_DAYS,
    RECENT_VIDEOS,
  ]);
  return rows.map(toRecord);
}

function toRecord(row: RecordRow): CreatorRecord {
  const videos: VideoRecord[] = row.videos.map((v) => ({
    publishedAt: v.publishedAt,
    views: v.views,
    likes: v.likes,
    comments: v.comments,
    shares: v.shares,
  }));
  const audience = row.audience
    ? {
        ...(row.audience.AGE ? { age: row.audience.AGE } : {}),
        ...(row.audience.GENDER ? { gender: row.audience.GENDER } : {}),
        ...(row.audience.COUNTRY ? { countries: row.audience.COUNTRY } : {}),
        ...(row.audience.REGION ? { regions: row.audience.REGION } : {}),
      }
    : null;
  return {
    id: row.id,
    platform: fromDbPlatform(row.platform),
    channelName: row.title,
    subscribers: row.subscribers,
    categories: row.categories ?? [],
    region: row.region,
    ...(row.district !== null ? { district: row.district } : {}),
    country: row.country?.trim() ?? null,
    ratePerVideo: row.rate_per_video,
    currency: row.currency.trim(),
    videos,
    audience,
    audienceSource: row.verified ? "verified" : "estimated",
  };
}
