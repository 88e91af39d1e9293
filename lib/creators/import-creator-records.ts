// Writes roster records (the JSONL format of `npm run match`) into creators, channels,
// videos and audience_shares, a batch per transaction, a few set-based statements per
// batch. Idempotent on (platform, roster id): the channel's (platform, external_id)
// identifies the creator on every later import, which updates it in place.
import { normalizeCountry } from "../matching/engine/audience.ts";
import { withTransaction } from "../db/transaction.ts";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import {
  toAgeVector,
  toCountryShares,
  toGenderVector,
  toRegionShares,
} from "../matching/engine/audience.ts";
import { deriveFeatures } from "../matching/engine/derive-features.ts";
import { refreshCreatorFeatures } from "../matching/feature-store/refresh.ts";
import { toDbPlatform, toDbTier } from "../matching/feature-store/rows.ts";
import { AGE_BUCKETS, GENDERS, type CreatorRecord } from "../matching/engine/types.ts";

// Serialises concurrent imports: two imports creating the same new channel would
// otherwise each insert a creator for it.
const IMPORT_LOCK_KEY = 4_207_320;
const INT_MAX = 2_147_483_647;

export type ImportBatchResult = { created: number; updated: number; creatorIds: string[] };

const int = (v: number | null | undefined, max = Number.MAX_SAFE_INTEGER) =>
  v === null || v === undefined || !Number.isFinite(v)
    ? null
    : Math.min(max, Math.max(0, Math.round(v)));

/**
 * Upserts one batch of records and refreshes their feature rows. Within a batch a
 * repeated (platform, id) keeps its last line, as a later import would.
 */
export async function importCreatorRecords(
  pool: pg.Pool,
  records: readonly CreatorRecord[],
  options: { now?: Date } = {},
): Promise<ImportBatchResult> {
  const now = options.now ?? new Date();
  const byKey = new Map<string, CreatorRecord>();
  for (const r of records) byKey.set(`${r.platform}\u0000${r.id}`, r);
  const batch = [...byKey.values()];
  if (batch.length === 0) return { created: 0, updated: 0, creatorIds: [] };

  const result = await withTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [IMPORT_LOCK_KEY]);
    return writeBatch(client, batch, now);
  });
  // After the commit: the refresh reads through other pool connections.
  await refreshCreatorFeatures(pool, result.creatorIds, { now });
  return result;
}

async function writeBatch(
  client: pg.PoolClient,
  batch: CreatorRecord[],
  now: Date,
): Promise<ImportBatchResult> {
  const platforms = batch.map((r) => toDbPlatform(r.platform));
  const externalIds = batch.map((r) => r.id);
  const { rows: existing } = await client.query<{
    platform: string;
    external_id: string;
    id: string;
    creator_id: string;
  }>(
    `SELECT ch.platform::text AS platform, ch.external_id, ch.id, ch.creator_id
       FROM channels ch
       JOIN unnest($1::text[], $2::text[]) AS k(platform, external_id)
         ON ch.platform = k.platform::"Platform" AND ch.external_id = k.external_id`,
    [platforms, externalIds],
  );
  const known = new Map(existing.map((e) => [`${e.platform}\u0000${e.external_id}`, e]));

  const creators: object[] = [];
  const channels: object[] = [];
  const videos: object[] = [];
  const shares: object[] = [];
  const channelIds: string[] = [];
  const creatorIds: string[] = [];
  let created = 0;
  const nowIso = now.toISOString();

  for (const r of batch) {
    const hit = known.get(`${toDbPlatform(r.platform)}\u0000${r.id}`);
    const creatorId = hit?.creator_id ?? randomUUID();
    const channelId = hit?.id ?? randomUUID();
    if (!hit) created++;
    creatorIds.push(creatorId);
    channelIds.push(channelId);
    // The channel's summary columns use the engine's own definitions.
    const f = deriveFeatures(r, now);
    const subscribers = int(r.subscribers, INT_MAX);
    const lastVideoMs = Math.max(
      ...r.videos.map((v) => Date.parse(v.publishedAt)).filter(Number.isFinite),
      -Infinity,
    );
    const title = r.channelName.trim() || r.id;

    creators.push({
      id: creatorId,
      display_name: title,
      categories: r.categories,
      region: r.region ?? null,
      country: normalizedCountry(r.country) ?? "KR",
      rate_per_video: int(r.ratePerVideo),
      currency: (r.currency ?? "KRW").toUpperCase(),
      created_at: nowIso,
      updated_at: nowIso,
    });
    channels.push({
      id: channelId,
      creator_id: creatorId,
      platform: toDbPlatform(r.platform),
      external_id: r.id,
      title,
      country: normalizedCountry(r.country),
      subscriber_count: subscribers,
      subscribers_hidden: subscribers === null,
      view_count: r.videos.reduce((a, v) => a + (int(v.views) ?? 0), 0),
      video_count: r.videos.length,
      tier: toDbTier(f.tier),
      engagement_rate: f.engagementRate,
      median_views: int(f.medianViews, INT_MAX),
      last_video_at: Number.isFinite(lastVideoMs) ? new Date(lastVideoMs).toISOString() : null,
      stats_source: "ESTIMATED",
      stats_fetched_at: nowIso,
      created_at: nowIso,
      updated_at: nowIso,
    });
    // Videos carry no id in a roster: equal timestamps are told apart by their order.
    const seen = new Map<string, number>();
    for (const v of r.videos) {
      const at = new Date(Date.parse(v.publishedAt)).toISOString();
      const k = seen.get(at) ?? 0;
      seen.set(at, k + 1);
      videos.push({
        id: randomUUID(),
        channel_id: channelId,
        external_id: `roster:${at}#${k}`,
        title: "",
        published_at: at,
        views: int(v.views) ?? 0,
        // The table has no "hidden" for these; hidden counts become 0, which
        // deriveFeatures treats the same way unless a channel mixes hidden and shown.
        likes: int(v.likes, INT_MAX) ?? 0,
        comments: int(v.comments, INT_MAX) ?? 0,
        shares: int(v.shares, INT_MAX) ?? 0,
        fetched_at: nowIso,
      });
    }
    shares.push(...audienceRows(channelId, r, nowIso));
  }

  await client.query(
    `INSERT INTO creators (id, display_name, categories, region, country, rate_per_video, currency, created_at, updated_at)
     SELECT id, display_name, categories, region, country, rate_per_video, currency, created_at, updated_at
       FROM json_populate_recordset(NULL::creators, $1::json)
     ON CONFLICT (id) DO UPDATE SET
       -- A creator with an account keeps the profile they wrote; the roster still
       -- updates their channel below.
       display_name = CASE WHEN creators.user_id IS NULL THEN EXCLUDED.display_name ELSE creators.display_name END,
       categories = CASE WHEN creators.user_id IS NULL THEN EXCLUDED.categories ELSE creators.categories END,
       region = CASE WHEN creators.user_id IS NULL THEN EXCLUDED.region ELSE creators.region END,
       country = CASE WHEN creators.user_id IS NULL THEN EXCLUDED.country ELSE creators.country END,
       rate_per_video = CASE WHEN creators.user_id IS NULL THEN EXCLUDED.rate_per_video ELSE creators.rate_per_video END,
       currency = CASE WHEN creators.user_id IS NULL THEN EXCLUDED.currency ELSE creators.currency END,
       updated_at = EXCLUDED.updated_at`,
    [JSON.stringify(creators)],
  );
  await client.query(
    `INSERT INTO channels (id, creator_id, platform, external_id, title, country, subscriber_count, subscribers_hidden,
                           view_count, video_count, tier, engagement_rate, median_views, last_video_at,
                           stats_source, stats_fetched_at, created_at, updated_at)
     SELECT id, creator_id, platform, external_id, title, country, subscriber_count, subscribers_hidden,
            view_count, video_count, tier, engagement_rate, median_views, last_video_at,
            stats_source, stats_fetched_at, created_at, updated_at
       FROM json_populate_recordset(NULL::channels, $1::json)
     ON CONFLICT (platform, external_id) DO UPDATE SET
       title = EXCLUDED.title, country = EXCLUDED.country, subscriber_count = EXCLUDED.subscriber_count,
       subscribers_hidden = EXCLUDED.subscribers_hidden, view_count = EXCLUDED.view_count,
       video_count = EXCLUDED.video_count, tier = EXCLUDED.tier, engagement_rate = EXCLUDED.engagement_rate,
       median_views = EXCLUDED.median_views, last_video_at = EXCLUDED.last_video_at,
       stats_source = EXCLUDED.stats_source, stats_fetched_at = EXCLUDED.stats_fetched_at,
       updated_at = EXCLUDED.updated_at`,
    [JSON.stringify(channels)],
  );
  // The roster is the source of truth for the channels it lists: their videos and
  // audience are replaced, so a re-import never duplicates and drops what was removed.
  await client.query("DELETE FROM videos WHERE channel_id = ANY($1::uuid[])", [channelIds]);
  await client.query("DELETE FROM audience_shares WHERE channel_id = ANY($1::uuid[])", [
    channelIds,
  ]);
  if (videos.length > 0) {
    await client.query(
      `INSERT INTO videos (id, channel_id, external_id, title, published_at, views, likes, comments, shares, fetched_at)
       SELECT id, channel_id, external_id, title, published_at, views, likes, comments, shares, fetched_at
         FROM json_populate_recordset(NULL::videos, $1::json)`,
      [JSON.stringify(videos)],
    );
  }
  if (shares.length > 0) {
    await client.query(
      `INSERT INTO audience_shares (channel_id, dimension, bucket, share, source, fetched_at)
       SELECT channel_id, dimension, bucket, share, source, fetched_at
         FROM json_populate_recordset(NULL::audience_shares, $1::json)`,
      [JSON.stringify(shares)],
    );
  }
  return { created, updated: batch.length - created, creatorIds };
}

// the same reading as the engine's (deriveFeatures), so the app and the CLI agree
function normalizedCountry(c: string | null | undefined): string | null {
  return c ? normalizeCountry(c) : null;
}

// Stored in the table's canonical buckets (YouTube Analytics' age groups, female /
// male, ISO countries, Korean regions), as the engine would read them.
function audienceRows(channelId: string, r: CreatorRecord, fetchedAt: string): object[] {
  const a = r.audience;
  if (!a) return [];
  const source = r.audienceSource === "verified" ? "VERIFIED" : "ESTIMATED";
  const rows: object[] = [];
  const push = (dimension: string, bucket: string, share: number) => {
    if (share > 0)
      rows.push({ channel_id: channelId, dimension, bucket, share, source, fetched_at: fetchedAt });
  };
  toAgeVector(a.age).forEach((s, i) => push("AGE", AGE_BUCKETS[i], s));
  toGenderVector(a.gender).forEach((s, i) => push("GENDER", GENDERS[i], s));
  for (const [k, s] of Object.entries(toCountryShares(a.countries) ?? {})) push("COUNTRY", k, s);
  for (const [k, s] of Object.entries(toRegionShares(a.regions) ?? {})) push("REGION", k, s);
  return rows;
}
