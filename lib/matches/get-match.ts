// One match with everything its page shows: parties, the engine's view at proposal
// time, the offers, the history, the actual results and what the caller may do next.
import type { Queryable } from "../reporting/queryable.ts";
import { env } from "../env.ts";
import { notFound } from "../errors.ts";
import type { MatchStatus, ReviewStatus } from "../db/generated/enums.ts";
import { feeNeedsReview } from "./fee-review.ts";
import { scopeCondition, sentToCreatorSql, type WorkflowActor } from "./actor.ts";
import { MATCH_STEPS_SHOWN } from "./schemas.ts";
import { nextStatuses, stepsTo } from "./state-machine.ts";
import { MAX_PROPOSALS_PER_PAIR } from "./statuses.ts";
import type { ReviewLine } from "./review-lines.ts";
import type { SystemLine } from "./system-lines.ts";
import type { Fact, FactParams } from "../matching/engine/facts.ts";

/** A stored risk; matches proposed before risks had `params` have `message` alone. */
type StoredRisk = { code: string; message: string; params?: FactParams; details?: Fact[] };

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

/** The four factor columns of a matches row, as the engine names them. */
export function factorsOf(r: Record<string, unknown>) {
  return {
    audienceOverlap: r.audience_overlap as number,
    categoryMatch: r.category_match as number,
    performancePrediction: r.performance_prediction as number,
    budgetFit: r.budget_fit as number,
  };
}

/**
 * Why the match was held for review, and the admin's reason: the brand's and the
 * admins' business (a creator would read "new creator", "serious risk" about themself).
 */
export function reviewWords(
  actor: WorkflowActor,
  r: Record<string, unknown>,
): { reason: string | null; lines: ReviewLine[] | null } {
  if (actor.role === "CREATOR") return { reason: null, lines: null };
  return {
    reason: r.review_reason as string | null,
    lines: (r.review_lines ?? null) as ReviewLine[] | null,
  };
}

export async function getMatch(db: Queryable, actor: WorkflowActor, matchId: string) {
  const scope = scopeCondition(actor, 3);
  // One statement: the match, its newest offers and steps (a long negotiation has no
  // end by itself) as JSON, oldest first, and the pair's other proposals for the
  // campaign, newest first: a creator asked again sees what was offered before (only
  // proposals that reached them), a brand what it offered and how each one ended.
  const { rows } = await db.query(
    `SELECT m.id, m.status::text AS status, m.version, m.campaign_id, m.creator_id, m.score,
            m.audience_overlap, m.category_match, m.performance_prediction, m.budget_fit,
            m.confidence::text AS confidence, m.reasons, m.explanation, m.risks, m.forecast,
            m.currency, m.offer_amount, m.agreed_amount, m.commission_rate_bp,
            m.review_status::text AS review_status, m.review_reason, m.review_lines,
            m.reviewed_at, m.expires_at, m.status_changed_at,
            c.title AS campaign_title, c.brand_id, b.name AS brand_name,
            cr.display_name AS creator_name,
            o.views AS o_views, o.clicks AS o_clicks, o.orders AS o_orders, o.revenue AS o_revenue,
            (SELECT COALESCE(json_agg(h ORDER BY h.created_at, h.id), '[]') FROM (
               SELECT h.from_status, h.to_status, h.note, h.system_line, h.created_at, h.id,
                      u.name AS actor_name, u.role AS actor_role
                 FROM match_status_changes h LEFT JOIN users u ON u.id = h.actor_id
                WHERE h.match_id = m.id ORDER BY h.created_at DESC, h.id DESC LIMIT $2
            ) h) AS history,
            (SELECT COALESCE(json_agg(x ORDER BY x.created_at, x.id), '[]') FROM (
               SELECT side, amount, commission_rate_bp, deliverables, starts_on, ends_on,
                      message, created_at, id
                 FROM match_offers WHERE match_id = m.id ORDER BY created_at DESC, id DESC LIMIT $2
            ) x) AS offers,
            (SELECT COALESCE(json_agg(p ORDER BY p.created_at DESC, p.id DESC), '[]') FROM (
               SELECT p.id, p.status::text AS status, p.created_at, p.status_changed_at,
                      p.offer_amount, lo.side::text AS last_side, lo.amount AS last_amount,
                      (p.created_at, p.id) > (m.created_at, m.id) AS newer
                 FROM matches p
                 LEFT JOIN LATERAL (
                   SELECT side, amount FROM match_offers
                    WHERE match_id = p.id ORDER BY created_at DESC, id DESC LIMIT 1
                 ) lo ON true
                WHERE p.campaign_id = m.campaign_id AND p.creator_id = m.creator_id
                  AND p.id <> m.id ${actor.role === "CREATOR" ? `AND ${sentToCreatorSql("p")}` : ""}
                ORDER BY p.created_at DESC, p.id DESC LIMIT ${MAX_PROPOSALS_PER_PAIR}
            ) p) AS other_proposals
       FROM matches m
       JOIN campaigns c ON c.id = m.campaign_id
       JOIN brands b ON b.id = c.brand_id
       JOIN creators cr ON cr.id = m.creator_id
       LEFT JOIN match_outcomes o ON o.match_id = m.id
      WHERE m.id = $1 ${scope.sql}`,
    [matchId, MATCH_STEPS_SHOWN, ...scope.params],
  );
  const m = rows[0];
  if (!m) throw notFound("Match");
  const history = m.history as Record<string, unknown>[];
  const offers = m.offers as Record<string, unknown>[];
  const others = m.other_proposals as Record<string, unknown>[];
  // The fee on the table: the newest offer, else (matches from before offers were
  // stored) the proposal's, as the transition reads it (read-match-state.ts).
  const onTable = offers.length > 0 ? Number(offers.at(-1)!.amount) : num(m.offer_amount);
  const reviewThreshold = env().REVIEW_BUDGET_THRESHOLD;
  const status = m.status as MatchStatus;
  // only where one side could still accept (the state machine's say)
  const acceptable =
    stepsTo(status, "ACCEPTED", "CREATOR") !== null ||
    stepsTo(status, "ACCEPTED", "BRAND_MANAGER") !== null;
  const agreementNeedsReview =
    acceptable &&
    onTable !== null &&
    feeNeedsReview(m.review_status as ReviewStatus, onTable, reviewThreshold);
  return {
    id: m.id as string,
    status: m.status as string,
    version: m.version as number,
    campaign: { id: m.campaign_id as string, title: m.campaign_title as string },
    brand: { id: m.brand_id as string, name: m.brand_name as string },
    creator: { id: m.creator_id as string, name: m.creator_name as string },
    score: m.score as number,
    factors: factorsOf(m),
    confidence: m.confidence as string,
    reasons: m.reasons as string[],
    // null on matches proposed before the engine wrote facts: pages show `reasons`
    explanation: (m.explanation ?? null) as Fact[] | null,
    // the engine's warnings about the creator (a suspected bought audience, …) are
    // the brand's, as the review's reasons are
    risks: actor.role === "CREATOR" ? [] : (m.risks as StoredRisk[]),
    forecast: m.forecast as Record<string, unknown>,
    currency: (m.currency as string).trim(),
    offerAmount: num(m.offer_amount),
    agreedAmount: num(m.agreed_amount),
    commissionRateBp: (m.commission_rate_bp as number | null) ?? 0,
    review: {
      status: m.review_status as string,
      ...reviewWords(actor, m),
      reviewedAt: iso(m.reviewed_at),
    },
    expiresAt: iso(m.expires_at),
    statusChangedAt: iso(m.status_changed_at),
    actuals:
      m.o_views === null
        ? null
        : {
            views: Number(m.o_views),
            clicks: Number(m.o_clicks),
            sales: Number(m.o_orders),
            revenue: Number(m.o_revenue),
          },
    offers: offers.map((o) => ({
      side: o.side as "BRAND" | "CREATOR",
      amount: Number(o.amount),
      commissionRateBp: o.commission_rate_bp as number,
      deliverables: o.deliverables as string,
      startsOn: o.starts_on as string | null,
      endsOn: o.ends_on as string | null,
      message: o.message as string | null,
      createdAt: iso(o.created_at)!,
    })),
    history: history.map((h) => ({
      from: h.from_status as string | null,
      to: h.to_status as string,
      // the steps of a review (proposed for it, decided with the admin's note) keep
      // their words from the creator, as the review does
      ...(actor.role === "CREATOR" &&
      m.review_status !== "NOT_REQUIRED" &&
      (h.from_status === null || h.from_status === "PENDING")
        ? { note: null, line: null }
        : {
            note: h.note as string | null,
            line: (h.system_line ?? null) as SystemLine | null,
          }),
      at: iso(h.created_at)!,
      by: (h.actor_name as string | null) ?? (h.actor_role ? null : "system"),
      byRole: h.actor_role as string | null,
    })),
    otherProposals: others.map((p) => ({
      id: p.id as string,
      status: p.status as string,
      newer: p.newer as boolean,
      proposedAt: iso(p.created_at)!,
      statusChangedAt: iso(p.status_changed_at),
      offerAmount: num(p.offer_amount),
      lastOffer:
        p.last_side === null
          ? null
          : { side: p.last_side as "BRAND" | "CREATOR", amount: Number(p.last_amount) },
    })),
    /** an open match whose fee on the table is above the review threshold, and no admin
     *  approved it: it cannot be accepted as it stands */
    agreementNeedsReview,
    reviewThreshold,
    /** statuses the caller may move the match to now */
    allowed: nextStatuses(m.status, actor.role).filter(
      (to) => !(to === "ACCEPTED" && agreementNeedsReview),
    ),
  };
}

export type MatchDetail = Awaited<ReturnType<typeof getMatch>>;
