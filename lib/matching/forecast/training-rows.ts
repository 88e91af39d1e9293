// Training rows for the forecast model, read from completed matches: the creator's
// features when the match was proposed (matches.features_at_proposal), the campaign,
// and what actually happened (match_outcomes).
import type pg from "pg";
import { z } from "zod";
import { fxRate, normalizeCurrency } from "../../money.ts";
import type { ForecastTrainingRow, MatchActuals } from "./model.ts";
import { normalizeCategory } from "../engine/taxonomy.ts";
import {
  AGE_BUCKETS,
  CAMPAIGN_TYPE_SLUGS,
  PLATFORM_SLUGS,
  TIER_SLUGS,
  type CampaignType,
  type CreatorFeatures,
} from "../engine/types.ts";

type Queryable = Pick<pg.ClientBase, "query"> | pg.Pool;

const lower = (s: unknown) => (typeof s === "string" ? s.toLowerCase() : s);
const num = z.number().finite();
const share = z.number().finite().min(0);

// features_at_proposal is written by whoever proposes (the engine, the demo seed), in
// the CreatorFeatures shape with enums in either spelling; extra keys (asOf) are fine.
const FeaturesAtProposalSchema = z.object({
  platform: z.preprocess(lower, z.enum(PLATFORM_SLUGS)),
  tier: z.preprocess(lower, z.enum(TIER_SLUGS)),
  subscribers: num.nullable().default(null),
  subscribersHidden: z.boolean().default(false),
  videoCount: num.default(0),
  medianViews: num.min(0),
  viewsP25: num.min(0).default(0),
  viewsP75: num.min(0).default(0),
  engagementRate: num.min(0).default(0),
  likeRate: num.min(0).default(0),
  commentRate: num.min(0).default(0),
  shareRate: num.min(0).default(0),
  uploadsPer30d: num.min(0).default(0),
  daysSinceLastVideo: num.nullable().default(null),
  categories: z.array(z.string().max(200)).max(50).default([]),
  region: z.string().max(200).nullable().default(null),
  district: z.string().max(200).nullable().default(null),
  country: z.string().max(200).nullable().default(null),
  ratePerVideo: num.nullable().default(null),
  currency: z.string().max(3).default("KRW"),
  audienceAge: z
    .array(share)
    .refine((a) => a.length === 0 || a.length === AGE_BUCKETS.length)
    .default([]),
  audienceGender: z
    .array(share)
    .refine((a) => a.length === 0 || a.length === 2)
    .default([]),
  audienceCountries: z.record(z.string().max(200), share).nullable().default(null),
  audienceSource: z.preprocess(lower, z.enum(["verified", "estimated"]).nullable()).default(null),
});

export function parseFeaturesAtProposal(id: string, json: unknown): CreatorFeatures | null {
  const parsed = FeaturesAtProposalSchema.safeParse(json);
  return parsed.success ? { id, ...parsed.data } : null;
}

export type StoredTrainingRow = ForecastTrainingRow & { matchId: string; creatorId: string };

export type TrainingRowsResult = {
  rows: StoredTrainingRow[];
  /** Completed matches whose features_at_proposal could not be read (left out). */
  skipped: number;
};

type Row = MatchActuals & {
  id: string;
  creator_id: string;
  features_at_proposal: unknown;
  category: string;
  type: string;
  budget: number;
  currency: string;
  place_share_pct: number | null;
  places_targeted: boolean;
};

// Ordered by match id so that every fit sees the same rows in the same order.
const SQL = `
  SELECT m.id, m.creator_id, m.features_at_proposal,
         c.category, c.type::text AS type, c.budget::float8 AS budget, c.currency,
         CASE WHEN jsonb_typeof(m.forecast->'placeSharePct') = 'number'
              THEN (m.forecast->>'placeSharePct')::float8 END AS place_share_pct,
         cardinality(c.target_regions) > 0 AS places_targeted,
         o.views, o.likes, o.comments, o.shares, o.clicks, o.orders, o.revenue::float8 AS revenue
    FROM matches m
    JOIN match_outcomes o ON o.match_id = m.id
    JOIN campaigns c ON c.id = m.campaign_id
   WHERE m.status = 'COMPLETED'
   ORDER BY m.id`;

export async function loadTrainingRows(db: Queryable): Promise<TrainingRowsResult> {
  const { rows } = await db.query<Row>(SQL);
  const out: StoredTrainingRow[] = [];
  let skipped = 0;
  for (const r of rows) {
    const features = parseFeaturesAtProposal(r.creator_id, r.features_at_proposal);
    if (!features) {
      skipped++;
      continue;
    }
    const currency = normalizeCurrency(r.currency);
    // The model keeps order values in KRW; revenue is in the campaign's currency.
    const toKrw = fxRate(currency, "KRW");
    const type = r.type.toLowerCase() as CampaignType;
    out.push({
      matchId: r.id,
      creatorId: r.creator_id,
      features,
      campaign: {
        // The ranking looks rates up by the normalised slug; fit them under the same key.
        category: normalizeCategory(r.category),
        type: CAMPAIGN_TYPE_SLUGS.includes(type) ? type : "sponsored_video",
        budget: r.budget,
        // as forecast at proposal; a store visit to a place forecast before it was kept
        // has one nobody wrote down
        ...(r.place_share_pct !== null
          ? { placeShare: r.place_share_pct / 100 }
          : type === "store_visit" && r.places_targeted && { placeShareUnknown: true }),
      },
      actual: {
        views: r.views,
        likes: r.likes,
        comments: r.comments,
        shares: r.shares,
        clicks: r.clicks,
        orders: r.orders,
        revenue: Number.isFinite(toKrw) ? r.revenue * toKrw : 0,
      },
    });
  }
  return { rows: out, skipped };
}

/** Completed matches that have an outcome: what a refit would train on. */
export async function countCompletedWithOutcome(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM matches m JOIN match_outcomes o ON o.match_id = m.id WHERE m.status = 'COMPLETED'`,
  );
  return rows[0].n;
}
