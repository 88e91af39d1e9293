// A brand proposes to a creator: the engine scores the creator for the campaign (kept
// on the match, so the forecast can be checked against the actuals later), the review
// rules decide whether an admin looks first, and the match is written with its first
// history row, offer and message in one transaction. Without review it goes straight
// to the creator (PENDING → CONTACTED in the same transaction).
import type pg from "pg";
import { reviewReasons } from "../admin/review-reasons.ts";
import { withTransaction } from "../db/transaction.ts";
import { conflict, notFound } from "../errors.ts";
import type { FeatureIndexCache } from "../matching/feature-store/cache.ts";
import { notifyMatchEvent } from "../notify/notify-match-event.ts";
import type { WorkflowActor } from "./actor.ts";
import { readMatchState } from "./read-match-state.ts";
import type { ProposeInput } from "./schemas.ts";
import { scoreForProposal, type ProposalScore } from "./score-for-proposal.ts";
import { EXPIRY_DAYS } from "./transition-match.ts";
import { insertHistory, insertOffer, say } from "./write-step-effects.ts";

export type ProposeResult = {
  id: string;
  status: "PENDING" | "CONTACTED";
  version: number;
  review: { required: boolean; reasons: string[] };
};

export async function proposeMatch(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  actor: WorkflowActor,
  input: ProposeInput,
  options: { reviewThreshold: number },
): Promise<ProposeResult> {
  await assertCampaignInScope(pool, actor, input.campaignId);
  const creator = await pool.query(
    `SELECT (SELECT count(*)::int FROM matches WHERE creator_id = c.id AND status = 'COMPLETED') AS completed
       FROM creators c WHERE c.id = $1`,
    [input.creatorId],
  );
  if (creator.rowCount === 0) throw notFound("Creator");
  const scored = await scoreForProposal(pool, cache, input.campaignId, input.creatorId);
  const reasons = reviewReasonsFor(scored, input.offer.amount, creator.rows[0].completed, options);
  const review = reasons.length > 0;

  return withTransaction(pool, async (db) => {
    const id = await insertMatch(db, input, scored, review ? reasons.join("; ") : null);
    const state = (await readMatchState(db, actor, id))!;
    await insertHistory(
      db,
      id,
      null,
      "PENDING",
      actor.userId,
      review ? "Proposed; waiting for admin review" : "Proposed",
    );
    await insertOffer(db, id, actor, input.offer);
    const o = input.offer;
    await say(db, id, actor.userId, "PROPOSAL", o.message?.trim() || o.deliverables, o.amount);
    let version = 0;
    if (!review) {
      await db.query(
        `UPDATE matches SET status = 'CONTACTED', version = 1, status_changed_at = now() WHERE id = $1`,
        [id],
      );
      await insertHistory(db, id, "PENDING", "CONTACTED", actor.userId, "Proposal sent");
      version = 1;
    }
    await notifyMatchEvent(db, state, actor, { kind: "proposal", review, amount: o.amount });
    return {
      id,
      status: review ? "PENDING" : "CONTACTED",
      version,
      review: { required: review, reasons },
    };
  });
}

async function assertCampaignInScope(pool: pg.Pool, actor: WorkflowActor, campaignId: string) {
  const admin = actor.role === "ADMIN";
  const { rows } = await pool.query(
    `SELECT status::text AS status FROM campaigns WHERE id = $1 AND ($2 OR brand_id = ANY($3::uuid[]))`,
    [campaignId, admin, actor.brandIds],
  );
  if (rows.length === 0) throw notFound("Campaign");
  if (rows[0].status === "COMPLETED") throw conflict("This campaign is completed");
}

/** The existing review rules (lib/admin/review-reasons.ts) plus a serious risk. */
function reviewReasonsFor(
  { result }: ProposalScore,
  amount: number,
  completed: number,
  options: { reviewThreshold: number },
): string[] {
  const confidence = result.confidence.toUpperCase();
  const serious = result.risks.filter((r) => r.severity === "high");
  const ruled = amount > options.reviewThreshold || confidence === "LOW" || completed === 0;
  if (!ruled && serious.length === 0) return [];
  const labels = ruled
    ? reviewReasons(
        {
          amount,
          currency: result.forecast.currency,
          confidence,
          creatorCompletedMatches: completed,
          note: null,
        },
        options.reviewThreshold,
      ).map((r) => r.label)
    : [];
  return [...labels, ...serious.map((r) => `Serious risk: ${r.message}`)];
}

async function insertMatch(
  db: pg.PoolClient,
  input: ProposeInput,
  { result, features }: ProposalScore,
  reviewReason: string | null,
): Promise<string> {
  const f = result.factors;
  const { rows } = await db.query(
    `INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
        performance_prediction, budget_fit, confidence, reasons, risks, forecast,
        predicted_views_min, predicted_views_max, features_at_proposal, offer_amount,
        commission_rate_bp, currency, review_status, review_reason, expires_at, updated_at)
     SELECT gen_random_uuid(), $1, $2, 'PENDING', $3, $4, $5, $6, $7, $8::"Confidence", $9, $10, $11,
            $12, $13, $14, $15, $19, c.currency, $16::"ReviewStatus", $17,
            now() + make_interval(days => $18), now()
       FROM campaigns c WHERE c.id = $1
     ON CONFLICT (campaign_id, creator_id) DO NOTHING
     RETURNING id`,
    [
      input.campaignId,
      input.creatorId,
      result.score,
      f.audienceOverlap,
      f.categoryMatch,
      f.performancePrediction,
      f.budgetFit,
      result.confidence.toUpperCase(),
      JSON.stringify(result.reasons),
      JSON.stringify(result.risks),
      JSON.stringify(result.forecast),
      Math.round(result.forecast.views.min),
      Math.round(result.forecast.views.max),
      JSON.stringify({ ...features, asOf: new Date().toISOString() }),
      input.offer.amount,
      reviewReason ? "PENDING" : "NOT_REQUIRED",
      reviewReason,
      EXPIRY_DAYS,
      input.offer.commissionRateBp ?? 0,
    ],
  );
  if (rows.length === 0) {
    const existing = await db.query(
      `SELECT status::text AS status FROM matches WHERE campaign_id = $1 AND creator_id = $2`,
      [input.campaignId, input.creatorId],
    );
    throw conflict(
      `This creator already has a match for this campaign (${existing.rows[0]?.status ?? "in progress"})`,
    );
  }
  return rows[0].id;
}
