// A brand proposes to a creator: the engine scores the creator for the campaign (kept
// on the match, so the forecast can be checked against the actuals later), the review
// rules decide whether an admin looks first, and the match is written with its first
// history rows, offer and message in one statement, its notes in the same transaction.
// Without review it goes straight to the creator (→ PENDING → CONTACTED at once).
import type pg from "pg";
import { reviewReasons } from "../admin/review-reasons.ts";
import { withTransaction } from "../db/transaction.ts";
import { conflict, notFound } from "../errors.ts";
import type { FeatureIndexCache } from "../matching/feature-store/cache.ts";
import type { StoredCampaign } from "../matching/feature-store/campaign.ts";
import { STORED_CAMPAIGN_COLUMNS, storedCampaignOf } from "../matching/feature-store/ranking.ts";
import { notifyMatchEvent } from "../notify/notify-match-event.ts";
import { sideOf, type WorkflowActor } from "./actor.ts";
import type { ProposeInput } from "./schemas.ts";
import { scoreForProposal, type ProposalScore } from "./score-for-proposal.ts";
import { reviewLines, type ReviewLine } from "./review-lines.ts";
import { englishLine, type SystemLine } from "./system-lines.ts";
import { EXPIRY_DAYS } from "./transition-match.ts";

export type ProposeResult = {
  id: string;
  status: "PENDING" | "CONTACTED";
  version: number;
  // reasons in English, lines as codes for the reader's language
  review: { required: boolean; reasons: string[]; lines: ReviewLine[] };
};

export async function proposeMatch(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  actor: WorkflowActor,
  input: ProposeInput,
  options: { reviewThreshold: number },
): Promise<ProposeResult> {
  const { campaign, parties, completed } = await readProposalContext(pool, actor, input);
  const scored = await scoreForProposal(pool, cache, campaign, input.creatorId);
  const { reasons, lines } = reviewReasonsFor(scored, input.offer.amount, completed, options);
  const review = reasons.length > 0;

  return withTransaction(pool, async (db) => {
    const id = await insertProposal(db, actor, input, scored, review ? reasons : null, lines);
    const o = input.offer;
    await notifyMatchEvent(db, { id, ...parties }, actor, {
      kind: "proposal",
      review,
      amount: o.amount,
    });
    return {
      id,
      status: review ? "PENDING" : "CONTACTED",
      version: review ? 0 : 1,
      review: { required: review, reasons, lines },
    };
  });
}

type Parties = Omit<Parameters<typeof notifyMatchEvent>[1], "id">;

/**
 * In one query: the campaign in the actor's scope as the engine reads it, who the two
 * parties are (for the notes) and how many matches the creator has completed.
 */
async function readProposalContext(
  pool: pg.Pool,
  actor: WorkflowActor,
  input: ProposeInput,
): Promise<{ campaign: StoredCampaign; parties: Parties; completed: number }> {
  const { rows } = await pool.query(
    `SELECT ${STORED_CAMPAIGN_COLUMNS}, c.status::text AS status, c.brand_id,
            b.name AS brand_name, cr.id AS creator_id, cr.display_name AS creator_name,
            cr.user_id AS creator_user_id,
            (SELECT count(*)::int FROM matches
              WHERE creator_id = cr.id AND status = 'COMPLETED') AS completed
       FROM campaigns c
       JOIN brands b ON b.id = c.brand_id
       LEFT JOIN creators cr ON cr.id = $2
      WHERE c.id = $1 AND ($3::uuid[] IS NULL OR c.brand_id = ANY($3::uuid[]))`,
    [input.campaignId, input.creatorId, actor.role === "ADMIN" ? null : actor.brandIds],
  );
  const r = rows[0];
  if (!r) throw notFound("Campaign");
  if (r.status === "COMPLETED") throw conflict("This campaign is completed");
  if (r.creator_id === null) throw notFound("Creator");
  return {
    campaign: storedCampaignOf(r),
    parties: {
      brandId: r.brand_id,
      brandName: r.brand_name,
      creatorName: r.creator_name,
      creatorUserId: r.creator_user_id,
      campaignTitle: r.title,
      currency: r.currency.trim(),
    },
    completed: r.completed,
  };
}

/** The existing review rules (lib/admin/review-reasons.ts) plus a serious risk. */
function reviewReasonsFor(
  { result }: ProposalScore,
  amount: number,
  completed: number,
  options: { reviewThreshold: number },
): { reasons: string[]; lines: ReviewLine[] } {
  const confidence = result.confidence.toUpperCase();
  const serious = result.risks.filter((r) => r.severity === "high");
  const ruled = amount > options.reviewThreshold || confidence === "LOW" || completed === 0;
  if (!ruled && serious.length === 0) return { reasons: [], lines: [] };
  const currency = result.forecast.currency;
  const rules = ruled
    ? reviewReasons(
        { amount, currency, confidence, creatorCompletedMatches: completed, note: null },
        options.reviewThreshold,
      )
    : [];
  return {
    reasons: [...rules.map((r) => r.label), ...serious.map((r) => `Serious risk: ${r.message}`)],
    lines: reviewLines(rules, serious, { amount, threshold: options.reviewThreshold, currency }),
  };
}

/**
 * The match with its first history rows, the offer and the proposal message, in one
 * statement. Without review the match goes straight to the creator: written CONTACTED
 * at version 1, with both steps (→ PENDING → CONTACTED) in its history. A second
 * proposal for the same creator and campaign writes nothing and is a 409.
 */
async function insertProposal(
  db: pg.PoolClient,
  actor: WorkflowActor,
  input: ProposeInput,
  { result, features }: ProposalScore,
  reasonsForReview: string[] | null,
  reviewLines: ReviewLine[],
): Promise<string> {
  const f = result.factors;
  const o = input.offer;
  const steps: { from: "PENDING" | null; to: "PENDING" | "CONTACTED"; line: SystemLine }[] = [
    {
      from: null,
      to: "PENDING",
      line: { code: reasonsForReview ? "proposedForReview" : "proposed", params: {} },
    },
  ];
  if (!reasonsForReview) {
    steps.push({ from: "PENDING", to: "CONTACTED", line: { code: "proposalSent", params: {} } });
  }
  const { rows } = await db.query(
    `WITH m AS (
       INSERT INTO matches (id, campaign_id, creator_id, status, version, score, audience_overlap,
          category_match, performance_prediction, budget_fit, confidence, reasons, risks, forecast,
          predicted_views_min, predicted_views_max, features_at_proposal, offer_amount,
          commission_rate_bp, currency, review_status, review_reason, expires_at, updated_at,
          status_changed_at, explanation, review_lines)
       SELECT gen_random_uuid(), $1, $2, $22::"MatchStatus", $23, $3, $4, $5, $6, $7,
              $8::"Confidence", $9, $10, $11, $12, $13, $14, $15, $19, c.currency,
              $16::"ReviewStatus", $17, now() + make_interval(days => $18), now(), now(), $20, $21
         FROM campaigns c WHERE c.id = $1
       ON CONFLICT (campaign_id, creator_id) DO NOTHING
       RETURNING id
     ), history AS (
       -- a millisecond apart, as timestamps keep milliseconds: time orders the steps
       INSERT INTO match_status_changes (id, match_id, from_status, to_status, actor_id, note,
                                         system_line, created_at)
       SELECT gen_random_uuid(), m.id, s.from_status, s.to_status, $24, s.note, s.line,
              clock_timestamp() + (s.step - 1) * interval '1 millisecond'
         FROM m, unnest($25::"MatchStatus"[], $26::"MatchStatus"[], $27::text[], $28::jsonb[])
                   WITH ORDINALITY AS s(from_status, to_status, note, line, step)
     ), offer AS (
       INSERT INTO match_offers (id, match_id, author_id, side, amount, commission_rate_bp,
                                 deliverables, starts_on, ends_on, message, created_at)
       SELECT gen_random_uuid(), m.id, $24, $29::"OfferSide", $15, $19, $30, $31, $32, $33,
              clock_timestamp()
         FROM m
     ), message AS (
       INSERT INTO match_messages (id, match_id, sender_id, kind, body, amount, created_at)
       SELECT gen_random_uuid(), m.id, $24, 'PROPOSAL', $34, $15, clock_timestamp() FROM m
     )
     SELECT id FROM m`,
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
      o.amount,
      reasonsForReview ? "PENDING" : "NOT_REQUIRED",
      reasonsForReview ? reasonsForReview.join("; ") : null,
      EXPIRY_DAYS,
      o.commissionRateBp ?? 0,
      JSON.stringify(result.explanation),
      reviewLines.length ? JSON.stringify(reviewLines) : null,
      reasonsForReview ? "PENDING" : "CONTACTED",
      reasonsForReview ? 0 : 1,
      actor.userId,
      steps.map((s) => s.from),
      steps.map((s) => s.to),
      steps.map((s) => englishLine(s.line)),
      steps.map((s) => JSON.stringify(s.line)),
      sideOf(actor),
      o.deliverables,
      o.startsOn ?? null,
      o.endsOn ?? null,
      o.message ?? null,
      o.message?.trim() || o.deliverables,
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
