// A tracked demo campaign, so the campaign report is not empty on `npm start`: one new
// campaign of the demo brand with four won matches (creators without a sign-in, so no
// demo inbox changes), their tracking links, ~two weeks of clicks and orders up to now
// (denser in the last hours, with refunds) and one sponsored video each with daily
// readings. Events go in through the same multi-row INSERTs as production, so the
// rollups are built by their triggers. Run after the bulk demo load (npm start,
// db:seed) rather than inside it: that load skips triggers, and its tables are
// checked to be byte-identical across runs, which clicks stamped with "now" are not.
import type { Queryable } from "../reporting/queryable.ts";
import { env } from "../env.ts";
import { seedCampaignHistory } from "./seed-campaign-history.ts";
import { seedSettlements } from "./seed-settlements.ts";
import {
  insertClicks,
  insertConversions,
  insertVideo,
  type ConversionInput,
  type TrackedMatch,
} from "../reporting/campaign/seed-events.ts";
import { Rng } from "../random/seeded-random.ts";
import { dayKey } from "../reporting/format.ts";
import { matchCost } from "../reporting/match-cost.ts";
import { DEMO_ACCOUNTS } from "./accounts.ts";
import { demoVideo, demoVideoCounts, demoVideoId } from "./demo-videos.ts";

export const TRACKED_DEMO_CAMPAIGN = "글로우랩 쿠션 런칭 (성과 추적)";
const DAYS = 14;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TERMS = [
  { status: "COMPLETED", agreed: 1_200_000, bp: 1_000, growth: 0.9 },
  { status: "COMPLETED", agreed: 800_000, bp: null, growth: 1.6 },
  { status: "ACCEPTED", agreed: 1_500_000, bp: 500, growth: 0.5 },
  { status: "ACCEPTED", agreed: 600_000, bp: 1_500, growth: 1.1 },
] as const;

export async function seedDemoPerformance(db: Queryable, now = new Date()): Promise<number> {
  const brandEmail = DEMO_ACCOUNTS.brand.email;
  const { rows: brands } = await db.query<{ brand_id: string; user_id: string }>(
    `SELECT bm.brand_id, u.id AS user_id FROM brand_members bm JOIN users u ON u.id = bm.user_id
      WHERE u.email = $1 LIMIT 1`,
    [brandEmail],
  );
  if (!brands[0]) return 0;
  const brandId = brands[0].brand_id;
  const start = new Date(now.getTime() - DAYS * DAY);
  const { rows: c } = await db.query<{ id: string }>(
    `INSERT INTO campaigns (id, brand_id, created_by_id, title, product_name, category, status,
                            budget, starts_at, ends_at, created_at, updated_at)
     VALUES (gen_random_uuid(), $1, $5, $2, '글로우 쿠션', 'beauty', 'ACTIVE', 8000000, $3, $4,
             $3::timestamptz - interval '7 days', now()) RETURNING id`,
    [brandId, TRACKED_DEMO_CAMPAIGN, start, new Date(now.getTime() + 7 * DAY), brands[0].user_id],
  );
  const campaignId = c[0].id;
  // The proposal-time figures (score, forecast) of four completed demo matches of
  // creators without an account, so the match pages render as any other.
  const { rows: sources } = await db.query<{
    id: string;
    creator_id: string;
    min: number;
    max: number;
  }>(
    `SELECT DISTINCT ON (m.creator_id) m.id, m.creator_id, m.predicted_views_min AS min,
            m.predicted_views_max AS max
       FROM matches m JOIN creators cr ON cr.id = m.creator_id
      WHERE cr.user_id IS NULL AND m.status = 'COMPLETED'
        AND m.predicted_views_min >= $2 AND m.predicted_views_max <= $3
      ORDER BY m.creator_id, m.id LIMIT $1`,
    // Creators whose sponsored video draws tens of thousands of views: enough clicks for
    // the hourly and minute charts at a believable click-through rate, few enough events
    // to seed in a second.
    [TERMS.length, 10_000, 100_000],
  );
  if (sources.length < TERMS.length)
    throw new Error(
      `the tracked demo campaign needs ${TERMS.length} completed demo matches forecast at 10,000-100,000 views, found ${sources.length}`,
    );
  const rng = Rng.fromKey("demo-performance");
  let events = 0;
  for (const [i, src] of sources.entries()) {
    const terms = TERMS[i];
    const { rows: m } = await db.query<{ id: string }>(
      `INSERT INTO matches (id, campaign_id, creator_id, status, priority, score, audience_overlap,
                            category_match, performance_prediction, budget_fit, confidence, reasons,
                            explanation, risks, forecast, predicted_views_min, predicted_views_max,
                            features_at_proposal, offer_amount, agreed_amount, commission_rate_bp,
                            currency, status_changed_at, updated_at)
       SELECT gen_random_uuid(), $2, creator_id, $3::"MatchStatus", priority, score, audience_overlap,
              category_match, performance_prediction, budget_fit, confidence, reasons, explanation, risks, forecast,
              predicted_views_min, predicted_views_max, features_at_proposal, $4, $4, $5, 'KRW', $6, now()
         FROM matches WHERE id = $1 RETURNING id`,
      [src.id, campaignId, terms.status, terms.agreed, terms.bp, start],
    );
    const match: TrackedMatch = {
      matchId: m[0].id,
      linkId: "",
      campaignId,
      creatorId: src.creator_id,
      brandId,
    };
    const { rows: link } = await db.query<{ id: string }>(
      `INSERT INTO tracking_links (id, code, match_id, campaign_id, brand_id, creator_id, destination_url, label)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'https://glowlab.example/cushion', 'YouTube description')
       RETURNING id`,
      [`demo${i}${rng.int(100_000, 999_999)}`, match.matchId, campaignId, brandId, src.creator_id],
    );
    match.linkId = link[0].id;
    // Views gained in the window: `growth` × the middle of the predicted range; the
    // link's clicks are 1.5–3.5 % of them, as for a link in a video's description.
    const total = Math.round(((src.min + src.max) / 2) * terms.growth);
    const clickRate = rng.uniform(0.015, 0.035);
    events += await seedMatchEvents(db, match, rng, start, now, i, total * clickRate);
    // The video, published as the campaign started, with readings from the curve its
    // id carries: the YouTube stand-in reads the same curve when the daily job asks.
    const video = demoVideo({
      publishedAt: start,
      baseViews: rng.int(2_000, 20_000),
      gainedViews: total,
      n: i,
    });
    const readings: Array<[string, number, number, number]> = [];
    for (let d = 1; d <= DAYS; d++) {
      const at = new Date(start.getTime() + d * DAY);
      const { views, likes, comments } = demoVideoCounts(video, at);
      readings.push([dayKey(at), views, likes, comments]);
    }
    const baseline = { at: video.publishedAt, ...demoVideoCounts(video, video.publishedAt) };
    await insertVideo(db, match, baseline, readings, demoVideoId(video));
    await writeHistory(db, match.matchId, terms.status, start);
    if (terms.status === "COMPLETED") {
      // the views the video gained, as its id holds them (to the hundred)
      await writeOutcome(
        db,
        match.matchId,
        video.gainedViews,
        { agreed: terms.agreed, bp: terms.bp },
        now,
      );
    }
  }
  await seedCampaignHistory(db, campaignId);
  // its completed matches settled and its accepted ones held, like the rest of the demo
  await seedSettlements(db, env().PLATFORM_COMMISSION_BP, now);
  return events;
}

// Clicks per hour follow a daily rhythm and a decay from the video's release, scaled so
// that about `expectedClicks` arrive in all; the last three hours get a steady trickle
// so the minute charts have something to show.
async function seedMatchEvents(
  db: Queryable,
  match: TrackedMatch,
  rng: Rng,
  start: Date,
  now: Date,
  i: number,
  expectedClicks: number,
): Promise<number> {
  const hours: Array<{ t: number; rate: number; trickle: number }> = [];
  for (let t = start.getTime(); t < now.getTime(); t += HOUR) {
    const age = (t - start.getTime()) / DAY;
    const hourKst = (new Date(t).getUTCHours() + 9) % 24;
    const rhythm = hourKst >= 1 && hourKst < 8 ? 0.2 : 1;
    const recent = now.getTime() - t < 3 * HOUR ? 3 : 1;
    hours.push({ t, rate: rhythm * Math.exp(-age / 6) * recent, trickle: recent - 1 });
  }
  const scale = expectedClicks / hours.reduce((s, h) => s + h.rate, 0);
  const clicks: Date[] = [];
  const orders: ConversionInput[] = [];
  for (const { t, rate, trickle } of hours) {
    // uniform(0, 2) has mean 1: the hour's expected clicks are rate × scale; rounded up
    // with the fraction's probability, so that quiet hours still add up to it
    const expected = rng.uniform(0, 2) * rate * scale + trickle;
    const n = Math.floor(expected + rng.uniform(0, 1));
    for (let k = 0; k < n; k++) {
      const at = new Date(Math.min(now.getTime() - 1000, t + rng.int(0, HOUR - 1)));
      clicks.push(at);
      if (rng.chance(0.035)) {
        const orderId = `demo-${i}-${orders.length}`;
        const amount = rng.int(19, 89) * 1_000;
        orders.push({ at, amount, orderId, match });
        if (rng.chance(0.08)) {
          const refundAt = new Date(Math.min(now.getTime() - 1000, at.getTime() + DAY));
          orders.push({ at: refundAt, amount: -amount, kind: "REFUND", orderId, match });
        }
      }
    }
  }
  for (let k = 0; k < clicks.length; k += 500)
    await insertClicks(db, match, clicks.slice(k, k + 500));
  await insertConversions(db, match.brandId, orders);
  return clicks.length + orders.length;
}

const CHAIN = ["PENDING", "CONTACTED", "RESPONDED", "NEGOTIATING", "ACCEPTED", "COMPLETED"];

/** The workflow steps a won match went through, one hour apart, ending at its status. */
async function writeHistory(db: Queryable, matchId: string, status: string, start: Date) {
  const steps = CHAIN.slice(0, CHAIN.indexOf(status) + 1);
  await db.query(
    `INSERT INTO match_status_changes (id, match_id, from_status, to_status, created_at)
     SELECT gen_random_uuid(), $1, f::"MatchStatus", t::"MatchStatus", $4::timestamptz + n * interval '1 hour'
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(f, t, n)`,
    [
      matchId,
      [null, ...steps.slice(0, -1)],
      steps,
      new Date(start.getTime() - steps.length * HOUR),
    ],
  );
  await db.query(`UPDATE matches SET version = $2 WHERE id = $1`, [matchId, steps.length - 1]);
}

/** A completed match's measured outcome (the forecast model's training row), from the rollups. */
async function writeOutcome(
  db: Queryable,
  matchId: string,
  views: number,
  terms: { agreed: number; bp: number | null },
  now: Date,
) {
  const { rows } = await db.query<{ clicks: string; orders: string; revenue: string }>(
    `SELECT coalesce(sum(clicks), 0)::text AS clicks, coalesce(sum(orders), 0)::text AS orders,
            coalesce(sum(revenue), 0)::text AS revenue
       FROM performance_daily WHERE match_id = $1`,
    [matchId],
  );
  const revenue = BigInt(rows[0].revenue);
  const cost = matchCost({
    agreedAmount: BigInt(terms.agreed),
    commissionRateBp: terms.bp,
    attributedRevenue: revenue,
  });
  await db.query(
    `INSERT INTO match_outcomes (match_id, views, likes, comments, clicks, orders, revenue, cost, measured_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      matchId,
      views,
      Math.round(views * 0.04),
      Math.round(views * 0.004),
      Number(rows[0].clicks),
      Number(rows[0].orders),
      revenue,
      cost,
      now,
    ],
  );
}
