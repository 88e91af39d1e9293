// A brand proposes to a creator: the engine scores the creator for the campaign (kept
// on the match, so the forecast can be checked against the actuals later), the review
// rules decide whether an admin looks first, and the match is written with its first
// history rows, offer, message and notes in one statement.
// Without review it goes straight to the creator (→ PENDING → CONTACTED at once).
// A draft campaign goes live with its first proposal (DRAFT → ACTIVE, in the campaign's
// history, in the same statement); a paused one sends none until it is resumed.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { reviewReasons } from "../admin/review-reasons.ts";
import { SqlParams, withCtes } from "../db/sql-params.ts";
import { conflict, notFound } from "../errors.ts";
import type { FeatureIndexCache } from "../matching/feature-store/cache.ts";
import type { StoredCampaign } from "../matching/feature-store/campaign.ts";
import { STORED_CAMPAIGN_COLUMNS, storedCampaignOf } from "../matching/feature-store/ranking.ts";
import { notificationCtes, type NotifiedMatch } from "../notify/notify-match-event.ts";
import { sideOf, type WorkflowActor } from "./actor.ts";
import type { ProposeInput } from "./schemas.ts";
import { scoreForProposal, type ProposalScore } from "./score-for-proposal.ts";
import { reviewLines, type ReviewLine } from "./review-lines.ts";
import { PAIR_HISTORY } from "./current-match.ts";
import { LIVE_PAIR_PREDICATE, MAX_PROPOSALS_PER_PAIR } from "./statuses.ts";
import { englishLine, type SystemLine } from "./system-lines.ts";
import { EXPIRY_DAYS } from "./step-statement.ts";

export type ProposeResult = {
  id: string;
  status: "PENDING" | "CONTACTED";
  version: number;
  // reasons in English, lines as codes for the reader's language
  review: { required: boolean; reasons: string[]; lines: ReviewLine[] };
  /** the proposal was a draft campaign's first: it is ACTIVE now */
  campaignActivated: boolean;
};

export async function proposeMatch(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  actor: WorkflowActor,
  input: ProposeInput,
  options: { reviewThreshold: number },
): Promise<ProposeResult> {
  const { campaign, parties, completed, rejectedBefore } = await readProposalContext(
    pool,
    actor,
    input,
  );
  const scored = await scoreForProposal(pool, cache, campaign, input.creatorId, input.offer);
  const { reasons, lines } = reviewReasonsFor(
    scored,
    { amount: input.offer.amount, completed, rejectedBefore },
    options,
  );
  const review = reasons.length > 0;

  const { id, campaignActivated } = await insertProposal(
    pool,
    actor,
    input,
    parties,
    scored,
    review,
    reasons,
    lines,
  );
  return {
    id,
    status: review ? "PENDING" : "CONTACTED",
    version: review ? 0 : 1,
    review: { required: review, reasons, lines },
    campaignActivated,
  };
}

type Parties = Omit<NotifiedMatch, "id" | "reviewStatus" | "offer">;

/**
 * In one query: the campaign in the actor's scope as the engine reads it, who the two
 * parties are (for the notes), how many matches the creator has completed, and the
 * pair's earlier proposals: how many, and whether an admin rejected one.
 */
async function readProposalContext(
  pool: pg.Pool,
  actor: WorkflowActor,
  input: ProposeInput,
): Promise<{
  campaign: StoredCampaign;
  parties: Parties;
  completed: number;
  rejectedBefore: boolean;
}> {
  const { rows } = await pool.query(
    `SELECT ${STORED_CAMPAIGN_COLUMNS}, c.status::text AS status, c.brand_id,
            b.name AS brand_name, cr.id AS creator_id, cr.display_name AS creator_name,
            cr.user_id AS creator_user_id,
            (SELECT count(*)::int FROM matches
              WHERE creator_id = cr.id AND status = 'COMPLETED') AS completed,
            h.proposals, h.live, h.rejected_before
       FROM campaigns c
       JOIN brands b ON b.id = c.brand_id
       LEFT JOIN creators cr ON cr.id = $2
       CROSS JOIN LATERAL (${PAIR_HISTORY("c.id", "cr.id")}) h
      WHERE c.id = $1 AND ($3::uuid[] IS NULL OR c.brand_id = ANY($3::uuid[]))`,
    [input.campaignId, input.creatorId, actor.role === "ADMIN" ? null : actor.brandIds],
  );
  const r = rows[0];
  if (!r) throw notFound("Campaign");
  if (r.status === "COMPLETED") throw conflict("This campaign is completed");
  if (r.status === "PAUSED") throw paused();
  if (r.creator_id === null) throw notFound("Creator");
  if (r.live) throw alreadyMatched(r.live);
  if (r.proposals >= MAX_PROPOSALS_PER_PAIR) throw tooManyProposals();
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
    rejectedBefore: r.rejected_before,
  };
}

const paused = () => conflict("This campaign is paused: resume it to send proposals");

const alreadyMatched = (status: string) =>
  conflict(`This creator already has a match for this campaign (${status})`);

const tooManyProposals = () =>
  conflict(
    `This creator has had ${MAX_PROPOSALS_PER_PAIR} proposals for this campaign: no more can be sent`,
  );

/**
 * The existing review rules (lib/admin/review-reasons.ts) plus a serious risk; a pair
 * an admin rejected before goes back to review whatever the new offer.
 */
function reviewReasonsFor(
  { result }: ProposalScore,
  {
    amount,
    completed,
    rejectedBefore,
  }: { amount: number; completed: number; rejectedBefore: boolean },
  options: { reviewThreshold: number },
): { reasons: string[]; lines: ReviewLine[] } {
  const confidence = result.confidence.toUpperCase();
  const serious = result.risks.filter((r) => r.severity === "high");
  const ruled =
    amount > options.reviewThreshold || confidence === "LOW" || completed === 0 || rejectedBefore;
  if (!ruled && serious.length === 0) return { reasons: [], lines: [] };
  const currency = result.forecast.currency;
  const rules = ruled
    ? reviewReasons(
        {
          amount,
          currency,
          confidence,
          creatorCompletedMatches: completed,
          note: null,
          rejectedBefore,
        },
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
 * proposal while the pair has a live match (or had its last one), or on a campaign paused
 * or completed since it was read, writes nothing and is a 409.
 */
async function insertProposal(
  db: pg.Pool,
  actor: WorkflowActor,
  input: ProposeInput,
  parties: Parties,
  { result, features }: ProposalScore,
  review: boolean,
  reasons: string[],
  reviewLines: ReviewLine[],
): Promise<{ id: string; campaignActivated: boolean }> {
  const reasonsForReview = review ? reasons : null;
  const id = randomUUID();
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
  const p = new SqlParams();
  const by = p.add(actor.userId);
  const amount = p.add(o.amount);
  const rate = p.add(o.commissionRateBp ?? 0);
  const ctes = [
    `m AS (
       INSERT INTO matches (id, campaign_id, creator_id, status, version, score, audience_overlap,
          category_match, performance_prediction, budget_fit, confidence, reasons, risks, forecast,
          predicted_views_min, predicted_views_max, features_at_proposal, offer_amount,
          commission_rate_bp, currency, review_status, review_reason, expires_at, updated_at,
          status_changed_at, explanation, review_lines)
       SELECT ${p.add(id)}::uuid, c.id, ${p.add(input.creatorId)}::uuid,
              ${p.add(review ? "PENDING" : "CONTACTED")}::"MatchStatus", ${p.add(review ? 0 : 1)}::int,
              ${[
                result.score,
                f.audienceOverlap,
                f.categoryMatch,
                f.performancePrediction,
                f.budgetFit,
              ]
                .map((x) => `${p.add(x)}::float8`)
                .join(", ")},
              ${p.add(result.confidence.toUpperCase())}::"Confidence",
              ${p.add(JSON.stringify(result.reasons))}::jsonb, ${p.add(JSON.stringify(result.risks))}::jsonb,
              ${p.add(JSON.stringify(result.forecast))}::jsonb,
              ${p.add(Math.round(result.forecast.views.min))}::int,
              ${p.add(Math.round(result.forecast.views.max))}::int,
              ${p.add(JSON.stringify({ ...features, asOf: new Date().toISOString() }))}::jsonb,
              ${amount}::bigint, ${rate}::int, c.currency,
              ${p.add(review ? "PENDING" : "NOT_REQUIRED")}::"ReviewStatus",
              ${p.add(reasonsForReview ? reasonsForReview.join("; ") : null)}::text,
              now() + make_interval(days => ${p.add(EXPIRY_DAYS)}::int), now(), now(),
              ${p.add(JSON.stringify(result.explanation))}::jsonb,
              ${p.add(reviewLines.length ? JSON.stringify(reviewLines) : null)}::jsonb
         FROM campaigns c WHERE c.id = ${p.add(input.campaignId)}::uuid
          AND c.status IN ('DRAFT', 'ACTIVE')
          AND (SELECT count(*) FROM matches
                WHERE campaign_id = c.id AND creator_id = ${p.add(input.creatorId)}::uuid)
              < ${p.add(MAX_PROPOSALS_PER_PAIR)}
        -- waits for a status change under way (updateCampaign locks FOR UPDATE) and reads
        -- the status it committed: no match lands on a campaign paused meanwhile. Other
        -- proposals (and the activation below) do not conflict with this lock.
        FOR KEY SHARE OF c
       ON CONFLICT (campaign_id, creator_id) WHERE ${LIVE_PAIR_PREDICATE} DO NOTHING
       RETURNING id, campaign_id
     )`,
    // a millisecond apart, as timestamps keep milliseconds: time orders the steps
    `history AS (
       INSERT INTO match_status_changes (id, match_id, from_status, to_status, actor_id, note,
                                         system_line, created_at)
       SELECT gen_random_uuid(), m.id, s.from_status, s.to_status, ${by}::uuid, s.note, s.line,
              clock_timestamp() + (s.step - 1) * interval '1 millisecond'
         FROM m, unnest(${p.add(steps.map((s) => s.from))}::"MatchStatus"[],
                        ${p.add(steps.map((s) => s.to))}::"MatchStatus"[],
                        ${p.add(steps.map((s) => englishLine(s.line)))}::text[],
                        ${p.add(steps.map((s) => JSON.stringify(s.line)))}::jsonb[])
                   WITH ORDINALITY AS s(from_status, to_status, note, line, step)
     )`,
    // a draft campaign goes live with its first proposal, recorded in its history
    `activated AS (
       UPDATE campaigns SET status = 'ACTIVE', version = version + 1, updated_at = now()
        WHERE id = (SELECT campaign_id FROM m) AND status = 'DRAFT'
       RETURNING id
     )`,
    `activation AS (
       INSERT INTO campaign_status_changes (id, campaign_id, from_status, to_status, actor_id)
       SELECT gen_random_uuid(), id, 'DRAFT', 'ACTIVE', ${by}::uuid FROM activated
     )`,
    `offer AS (
       INSERT INTO match_offers (id, match_id, author_id, side, amount, commission_rate_bp,
                                 deliverables, starts_on, ends_on, message, created_at)
       SELECT gen_random_uuid(), m.id, ${by}::uuid, ${p.add(sideOf(actor))}::"OfferSide", ${amount}::bigint,
              ${rate}::int, ${p.add(o.deliverables)}::text, ${p.add(o.startsOn ?? null)}::date,
              ${p.add(o.endsOn ?? null)}::date, ${p.add(o.message ?? null)}::text, clock_timestamp()
         FROM m
     )`,
    `message AS (
       INSERT INTO match_messages (id, match_id, sender_id, kind, body, amount, created_at)
       SELECT gen_random_uuid(), m.id, ${by}::uuid, 'PROPOSAL',
              ${p.add(o.message?.trim() || o.deliverables)}::text, ${amount}::bigint, clock_timestamp()
         FROM m
     )`,
    ...notificationCtes(
      p,
      {
        id,
        ...parties,
        reviewStatus: review ? "PENDING" : "NOT_REQUIRED",
        offer: { side: "BRAND", amount: o.amount, commissionRateBp: o.commissionRateBp ?? 0 },
      },
      actor,
      { kind: "proposal", review, amount: o.amount },
      "m",
    ),
  ];
  const sql = withCtes(ctes, "SELECT id, EXISTS (SELECT 1 FROM activated) AS activated FROM m");
  const { rows } = await db.query(sql, p.values).catch((error) => {
    // the creator was deleted since it was read
    if ((error as { constraint?: string }).constraint === CREATOR_KEY) throw notFound("Creator");
    throw error;
  });
  if (rows.length === 0) throw await whyNotWritten(db, input);
  return { id: rows[0].id, campaignActivated: rows[0].activated };
}

const CREATOR_KEY = "matches_creator_id_fkey";

/**
 * A proposal's statement wrote nothing: a live match for the pair exists (one that did
 * not end without an agreement), the pair had its last proposal, or the campaign was
 * paused, completed or deleted since it was read. None of these any more (the live match that
 * stood in the way ended a moment ago): a 409 to try again, not a 404.
 */
async function whyNotWritten(db: pg.Pool, input: ProposeInput) {
  const { rows } = await db.query(
    `SELECT h.live, h.proposals, (SELECT status::text FROM campaigns WHERE id = $1) AS campaign
       FROM (${PAIR_HISTORY("$1::uuid", "$2::uuid")}) h`,
    [input.campaignId, input.creatorId],
  );
  const { live, proposals, campaign } = rows[0];
  if (live) return alreadyMatched(live);
  if (campaign === null) return notFound("Campaign");
  if (campaign === "COMPLETED") return conflict("This campaign is completed");
  if (campaign === "PAUSED") return paused();
  if (proposals >= MAX_PROPOSALS_PER_PAIR) return tooManyProposals();
  return conflict("This creator's match for this campaign changed a moment ago: try again");
}
