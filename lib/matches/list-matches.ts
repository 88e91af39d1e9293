// Matches the caller may see, newest change first (or, `order=created`, newest proposal
// first: an order that never moves, for syncing), keyset-paged: a brand's pipeline, a
// creator's inbox, or (admins) everything, optionally narrowed by status, campaign or
// review state.
import type { Queryable } from "../reporting/queryable.ts";
import { decodeNewestFirstCursor, encodeNewestFirstCursor } from "../paging/newest-first-cursor.ts";
import { scopeCondition, type WorkflowActor } from "./actor.ts";
import { factorsOf, reviewWords } from "./get-match.ts";
import type { ListMatchesQuery } from "./schemas.ts";

export async function listMatches(db: Queryable, actor: WorkflowActor, q: ListMatchesQuery) {
  const params: unknown[] = [q.limit + 1];
  const where: string[] = [];
  const add = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.status) where.push(`m.status = ${add(q.status)}::"MatchStatus"`);
  if (q.campaignId) where.push(`m.campaign_id = ${add(q.campaignId)}::uuid`);
  if (q.review) where.push(`m.review_status = ${add(q.review)}::"ReviewStatus"`);
  // Opaque and bound to who asked with which filters (paging/signed-cursor.ts): a cursor
  // from another list is refused, not paged from.
  const cursorScope = `matches:${actor.userId ?? "system"}:${q.status ?? "*"}:${q.campaignId ?? "*"}:${q.review ?? "*"}:${q.order}`;
  // a column of matches, from the schema's enum only
  const key = q.order === "created" ? "m.created_at" : "m.status_changed_at";
  if (q.cursor) {
    const c = decodeNewestFirstCursor(q.cursor, cursorScope);
    where.push(
      `(${key}, m.id) < (${add(c.createdAt.toISOString())}::timestamptz, ${add(c.id)}::uuid)`,
    );
  }
  const scope = scopeCondition(actor, params.length + 1);
  params.push(...scope.params);
  const { rows } = await db.query(
    `SELECT m.id, m.status::text AS status, m.version, m.score, m.confidence::text AS confidence,
            m.review_status::text AS review_status, m.review_reason, m.review_lines, m.offer_amount,
            m.agreed_amount, m.currency, m.status_changed_at, m.created_at, m.forecast,
            lo.amount AS last_offer_amount, lo.side::text AS last_offer_side,
            m.audience_overlap, m.category_match, m.performance_prediction, m.budget_fit,
            c.id AS campaign_id, c.title AS campaign_title, b.name AS brand_name,
            cr.id AS creator_id, cr.display_name AS creator_name
       FROM matches m
       JOIN campaigns c ON c.id = m.campaign_id
       JOIN brands b ON b.id = c.brand_id
       JOIN creators cr ON cr.id = m.creator_id
       -- the offer on the table (a counter-offer replaces the first one)
       LEFT JOIN LATERAL (
         SELECT amount, side FROM match_offers o
          WHERE o.match_id = m.id ORDER BY o.created_at DESC, o.id DESC LIMIT 1
       ) lo ON true
      WHERE true ${where.map((w) => `AND ${w}`).join(" ")} ${scope.sql}
      ORDER BY ${key} DESC, m.id DESC
      LIMIT $1`,
    params,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    matches: page.map((r) => ({
      id: r.id as string,
      status: r.status as string,
      version: r.version as number,
      score: r.score as number,
      confidence: r.confidence as string,
      factors: factorsOf(r),
      forecast: r.forecast as Record<string, unknown>,
      review: { status: r.review_status as string, ...reviewWords(actor, r) },
      offerAmount: r.offer_amount === null ? null : Number(r.offer_amount),
      agreedAmount: r.agreed_amount === null ? null : Number(r.agreed_amount),
      lastOffer:
        r.last_offer_amount === null
          ? null
          : {
              amount: Number(r.last_offer_amount),
              side: r.last_offer_side as "BRAND" | "CREATOR",
            },
      currency: (r.currency as string).trim(),
      statusChangedAt: new Date(r.status_changed_at).toISOString(),
      createdAt: new Date(r.created_at).toISOString(),
      campaign: { id: r.campaign_id as string, title: r.campaign_title as string },
      brandName: r.brand_name as string,
      creator: { id: r.creator_id as string, name: r.creator_name as string },
    })),
    nextCursor:
      rows.length > q.limit && last
        ? encodeNewestFirstCursor(
            {
              createdAt: new Date(q.order === "created" ? last.created_at : last.status_changed_at),
              id: last.id,
            },
            cursorScope,
          )
        : null,
  };
}
