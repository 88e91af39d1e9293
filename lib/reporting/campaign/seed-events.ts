// Raw events for report tests, the report bench and the demo data, written the way the
// tracking and conversion code writes them: clicks and conversions in multi-row INSERTs
// (one statement per batch, so the rollup triggers see whole batches, as in production).
import { randomUUID } from "node:crypto";
import type { Queryable } from "../queryable.ts";

export type TrackedMatch = {
  matchId: string;
  linkId: string;
  campaignId: string;
  creatorId: string;
  brandId: string;
};

/** An accepted (or completed) match with agreed terms, a forecast range and one tracking link. */
export async function insertTrackedMatch(
  db: Queryable,
  t: { campaignId: string; creatorId: string; brandId: string },
  opts: {
    status?: "ACCEPTED" | "COMPLETED";
    agreed: number;
    commissionBp?: number | null;
    predicted?: [number, number];
  },
): Promise<TrackedMatch> {
  const [min, max] = opts.predicted ?? [1_000, 5_000];
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
                          performance_prediction, budget_fit, confidence, forecast, predicted_views_min,
                          predicted_views_max, features_at_proposal, offer_amount, agreed_amount,
                          commission_rate_bp, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3::"MatchStatus", 70, 0.5, 0.5, 0.5, 0.5, 'HIGH', '{}', $4, $5,
             '{}', $6, $6, $7, now()) RETURNING id`,
    [
      t.campaignId,
      t.creatorId,
      opts.status ?? "ACCEPTED",
      min,
      max,
      opts.agreed,
      opts.commissionBp ?? null,
    ],
  );
  const matchId = rows[0].id;
  const linkId = randomUUID();
  await db.query(
    `INSERT INTO tracking_links (id, code, match_id, campaign_id, brand_id, creator_id, destination_url)
     VALUES ($1, $2, $3, $4, $5, $6, 'https://shop.example/p')`,
    [
      linkId,
      `t${randomUUID().replace(/-/g, "").slice(0, 12)}`,
      matchId,
      t.campaignId,
      t.brandId,
      t.creatorId,
    ],
  );
  return { matchId, linkId, ...t };
}

/** One multi-row INSERT of clicks on `m`'s link at the given instants (distinct visitors). */
export async function insertClicks(db: Queryable, m: TrackedMatch, at: readonly Date[]) {
  if (at.length === 0) return;
  await db.query(
    `INSERT INTO clicks (click_id, link_id, match_id, campaign_id, creator_id, clicked_at, hour_bucket,
                         visitor_hash, device_class)
     SELECT gen_random_uuid()::text, $1, $2, $3, $4, t, date_trunc('hour', t), gen_random_uuid()::text, 'MOBILE'
       FROM unnest($5::timestamptz[]) AS t`,
    [m.linkId, m.matchId, m.campaignId, m.creatorId, at],
  );
}

export type ConversionInput = {
  at: Date;
  amount: number;
  kind?: "ORDER" | "REFUND";
  orderId?: string;
  /** omitted: an unattributed order of the brand */
  match?: TrackedMatch;
};

/** One multi-row INSERT of conversions of `brandId`. */
export async function insertConversions(
  db: Queryable,
  brandId: string,
  rows: readonly ConversionInput[],
) {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO conversions (brand_id, order_id, kind, source, occurred_at, amount, attribution,
                              link_id, match_id, campaign_id, creator_id)
     SELECT $1, o, k::"ConversionKind", 'WEBHOOK', t, a,
            CASE WHEN m IS NULL THEN 'NONE' ELSE 'CLICK' END::"AttributionMethod", l, m, c, cr
       FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::bigint[], $6::uuid[], $7::uuid[],
                   $8::uuid[], $9::uuid[]) AS x(o, k, t, a, l, m, c, cr)`,
    [
      brandId,
      rows.map((r) => r.orderId ?? randomUUID()),
      rows.map((r) => r.kind ?? "ORDER"),
      rows.map((r) => r.at),
      rows.map((r) => r.amount),
      rows.map((r) => r.match?.linkId ?? null),
      rows.map((r) => r.match?.matchId ?? null),
      rows.map((r) => r.match?.campaignId ?? null),
      rows.map((r) => r.match?.creatorId ?? null),
    ],
  );
}

/** A linked video with its baseline and daily readings ([day, views, likes, comments]). */
export async function insertVideo(
  db: Queryable,
  m: TrackedMatch,
  baseline: { at: Date; views: number; likes: number; comments: number },
  readings: ReadonlyArray<[string, number, number, number]>,
  /** YouTube's id of the video (default: one no YouTube knows) */
  videoId = randomUUID().slice(0, 11),
) {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO match_videos (id, match_id, campaign_id, creator_id, video_id, baseline_at,
                               baseline_views, baseline_likes, baseline_comments, last_synced_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $5) RETURNING id`,
    [
      m.matchId,
      m.campaignId,
      m.creatorId,
      videoId,
      baseline.at,
      baseline.views,
      baseline.likes,
      baseline.comments,
    ],
  );
  for (const [day, views, likes, comments] of readings) {
    await db.query(
      `INSERT INTO video_stat_snapshots (match_video_id, day, taken_at, views, likes, comments)
       VALUES ($1, $2::date, ($2::date + time '12:00') AT TIME ZONE 'Asia/Seoul', $3, $4, $5)`,
      [rows[0].id, day, views, likes, comments],
    );
  }
  return rows[0].id;
}
