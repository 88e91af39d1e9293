// Rows for reporting and review-queue integration tests, written with plain SQL on the
// test's own transaction so each test sees exactly what it inserted on top of a fixed
// snapshot, and leaves nothing behind (the transaction is rolled back).
import type { PoolClient } from "pg";
import { pool } from "../db/client.ts";
import type { Queryable } from "./queryable.ts";

/**
 * One pooled connection inside BEGIN ISOLATION LEVEL REPEATABLE READ; `done()` rolls
 * back. Queries are queued one after another, as a single connection needs, even when
 * the code under test issues them with Promise.all.
 */
export async function snapshotTransaction(): Promise<{ db: Queryable; done: () => Promise<void> }> {
  const client: PoolClient = await pool.connect();
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
  // Take the snapshot now, before the test's first insert.
  await client.query("SELECT 1");
  let tail: Promise<unknown> = Promise.resolve();
  const db: Queryable = {
    query(text, values) {
      const next = tail.then(() => client.query(text, values));
      tail = next.catch(() => undefined);
      return next as never;
    },
  };
  return {
    db,
    done: async () => {
      try {
        await tail;
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }
    },
  };
}

async function one<T>(db: Queryable, sql: string, values: unknown[]): Promise<T> {
  const { rows } = await db.query(sql, values);
  return rows[0] as T;
}

export async function insertBrand(
  db: Queryable,
  opts: { name: string; kind?: "BRAND" | "LOCAL_STORE" },
) {
  const r = await one<{ id: string }>(
    db,
    `INSERT INTO brands (id, name, kind, category, city, updated_at)
     VALUES (gen_random_uuid(), $1, $2::"BrandKind", 'beauty', 'Seoul', now()) RETURNING id`,
    [opts.name, opts.kind ?? "BRAND"],
  );
  return r.id;
}

export async function insertCampaign(
  db: Queryable,
  brandId: string,
  opts: { title?: string; status?: string; budget?: number; createdAt?: Date } = {},
) {
  const r = await one<{ id: string }>(
    db,
    `INSERT INTO campaigns (id, brand_id, title, category, status, budget, created_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'beauty', $3::"CampaignStatus", $4, $5, now()) RETURNING id`,
    [
      brandId,
      opts.title ?? "Campaign",
      opts.status ?? "ACTIVE",
      opts.budget ?? 10_000_000,
      opts.createdAt ?? new Date(),
    ],
  );
  return r.id;
}

export async function insertCreator(
  db: Queryable,
  opts: {
    name?: string;
    categories?: string[];
    region?: string | null;
    ratePerVideo?: number | null;
  } = {},
) {
  const r = await one<{ id: string }>(
    db,
    `INSERT INTO creators (id, display_name, categories, region, rate_per_video, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, now()) RETURNING id`,
    [
      opts.name ?? "Creator",
      opts.categories ?? ["beauty"],
      opts.region ?? null,
      opts.ratePerVideo ?? null,
    ],
  );
  return r.id;
}

export async function insertChannel(
  db: Queryable,
  creatorId: string,
  opts: {
    tier: string;
    subscribers: number | null;
    engagementRate?: number | null;
    medianViews?: number | null;
    source?: "VERIFIED" | "ESTIMATED";
    platform?: string;
  },
) {
  const r = await one<{ id: string }>(
    db,
    `INSERT INTO channels (id, creator_id, platform, external_id, title, subscriber_count, tier,
                           engagement_rate, median_views, stats_source, stats_fetched_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2::"Platform", 'UC' || md5(random()::text), 'Channel', $3, $4::"Tier",
             $5, $6, $7::"DataSource", now(), now()) RETURNING id`,
    [
      creatorId,
      opts.platform ?? "YOUTUBE",
      opts.subscribers,
      opts.tier,
      opts.engagementRate ?? null,
      opts.medianViews ?? null,
      opts.source ?? "ESTIMATED",
    ],
  );
  return r.id;
}

export async function insertVideo(
  db: Queryable,
  channelId: string,
  v: { publishedAt: Date; views: number; likes: number; comments: number; title?: string },
) {
  await db.query(
    `INSERT INTO videos (id, channel_id, external_id, title, published_at, views, likes, comments)
     VALUES (gen_random_uuid(), $1, md5(random()::text), $2, $3, $4, $5, $6)`,
    [channelId, v.title ?? "Video", v.publishedAt, v.views, v.likes, v.comments],
  );
}

export async function insertMatch(
  db: Queryable,
  campaignId: string,
  creatorId: string,
  opts: {
    status?: string;
    reviewStatus?: string;
    reviewReason?: string | null;
    confidence?: "HIGH" | "MEDIUM" | "LOW";
    score?: number;
    offer?: number | null;
    agreed?: number | null;
    currency?: string;
    createdAt?: Date;
  } = {},
) {
  const r = await one<{ id: string }>(
    db,
    `INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
                          performance_prediction, budget_fit, confidence, forecast, predicted_views_min,
                          predicted_views_max, features_at_proposal, offer_amount, agreed_amount, currency,
                          review_status, review_reason, created_at, status_changed_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3::"MatchStatus", $4, 0.5, 0.5, 0.5, 0.5, $5::"Confidence", '{}',
             1000, 5000, '{}', $6, $7, $8, $9::"ReviewStatus", $10, $11, $11, now()) RETURNING id`,
    [
      campaignId,
      creatorId,
      opts.status ?? "PENDING",
      opts.score ?? 70,
      opts.confidence ?? "HIGH",
      opts.offer ?? null,
      opts.agreed ?? null,
      opts.currency ?? "KRW",
      opts.reviewStatus ?? "NOT_REQUIRED",
      opts.reviewReason ?? null,
      opts.createdAt ?? new Date(),
    ],
  );
  return r.id;
}

export async function insertOutcome(
  db: Queryable,
  matchId: string,
  o: { revenue: number; cost: number; measuredAt?: Date; views?: number },
) {
  await db.query(
    `INSERT INTO match_outcomes (match_id, views, revenue, cost, measured_at) VALUES ($1, $2, $3, $4, $5)`,
    [matchId, o.views ?? 10_000, o.revenue, o.cost, o.measuredAt ?? new Date()],
  );
}
