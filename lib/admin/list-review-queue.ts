// The admin review queue: matches waiting for approval, oldest first, each with the
// reasons it waits. One page per call, keyset-paginated on (created_at, id), served
// by its own partial index, matches_review_queue_idx (created_at, id).
import { env } from "../env.ts";
import { defaultDb, toNumber, toNumberOrNull, type Queryable } from "../reporting/queryable.ts";
import { encodeReviewCursor, type ReviewCursor } from "./review-cursor.ts";
import type { ReviewQueuePage } from "./review-queue-types.ts";
import type { ReviewLine } from "../matches/review-lines.ts";
import { reviewReasons } from "./review-reasons.ts";

type Row = {
  id: string;
  created_at: Date;
  status: string;
  priority: string;
  score: number;
  confidence: string;
  offer_amount: string | null;
  agreed_amount: string | null;
  currency: string;
  review_reason: string | null;
  review_lines: ReviewLine[] | null;
  campaign_id: string;
  campaign_title: string;
  campaign_budget: string;
  brand_id: string;
  brand_name: string;
  creator_id: string;
  creator_name: string;
  tier: string | null;
  subscriber_count: number | null;
  completed_matches: number;
};

// Two texts, so that a generic plan starts the index scan at the cursor
// (lib/db/prepared-statements.ts).
const pageQuery = (after: boolean) => `
  SELECT m.id, m.created_at, m.status::text AS status, m.priority::text AS priority, m.score,
          m.confidence::text AS confidence, m.offer_amount::text AS offer_amount,
          m.agreed_amount::text AS agreed_amount, m.currency, m.review_reason, m.review_lines,
          c.id AS campaign_id, c.title AS campaign_title, c.budget::text AS campaign_budget,
          b.id AS brand_id, b.name AS brand_name,
          cr.id AS creator_id, cr.display_name AS creator_name,
          pc.tier, pc.subscriber_count,
          (SELECT count(*) FROM matches done
            WHERE done.creator_id = cr.id AND done.status = 'COMPLETED')::int AS completed_matches
     FROM matches m
     JOIN campaigns c ON c.id = m.campaign_id
     JOIN brands b ON b.id = c.brand_id
     JOIN creators cr ON cr.id = m.creator_id
     LEFT JOIN LATERAL (
       SELECT ch.tier::text AS tier, ch.subscriber_count FROM channels ch
        WHERE ch.creator_id = cr.id ORDER BY ch.subscriber_count DESC NULLS LAST LIMIT 1
     ) pc ON true
    WHERE m.review_status = 'PENDING' AND m.status = 'PENDING'
      ${after ? "AND (m.created_at, m.id) > ($2::timestamptz, $3::uuid)" : ""}
    ORDER BY m.created_at, m.id
    LIMIT $1`;
const FIRST_PAGE = pageQuery(false);
export const PAGE_AFTER = pageQuery(true);

export async function listReviewQueue(
  opts: { limit: number; cursor?: ReviewCursor | null; threshold?: number },
  db: Queryable = defaultDb,
): Promise<ReviewQueuePage> {
  const threshold = opts.threshold ?? env().REVIEW_BUDGET_THRESHOLD;
  const [page, count] = await Promise.all([
    db.query<Row>(
      opts.cursor ? PAGE_AFTER : FIRST_PAGE,
      opts.cursor ? [opts.limit + 1, opts.cursor.createdAt, opts.cursor.id] : [opts.limit + 1],
    ),
    db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM matches WHERE review_status = 'PENDING' AND status = 'PENDING'`,
    ),
  ]);

  const hasMore = page.rows.length > opts.limit;
  const rows = hasMore ? page.rows.slice(0, opts.limit) : page.rows;
  const last = rows.at(-1);
  return {
    items: rows.map((r) => {
      const amount = toNumberOrNull(r.offer_amount ?? r.agreed_amount);
      return {
        matchId: r.id,
        createdAt: r.created_at.toISOString(),
        status: r.status,
        priority: r.priority,
        score: r.score,
        confidence: r.confidence,
        amount,
        currency: r.currency,
        campaign: {
          id: r.campaign_id,
          title: r.campaign_title,
          budget: toNumber(r.campaign_budget),
        },
        brand: { id: r.brand_id, name: r.brand_name },
        creator: {
          id: r.creator_id,
          displayName: r.creator_name,
          tier: r.tier,
          subscribers: r.subscriber_count,
          completedMatches: r.completed_matches,
        },
        reasons: reviewReasons(
          {
            amount,
            currency: r.currency,
            confidence: r.confidence,
            creatorCompletedMatches: r.completed_matches,
            note: r.review_reason,
            rejectedBefore: r.review_lines?.some((l) => l.code === "REJECTED_BEFORE") ?? false,
            seriousRisks: (r.review_lines ?? []).flatMap((l) =>
              l.code === "SERIOUS_RISK" ? [l.params.risk] : [],
            ),
          },
          threshold,
        ),
        lines: r.review_lines ?? null,
      };
    }),
    nextCursor:
      hasMore && last ? encodeReviewCursor({ createdAt: last.created_at, id: last.id }) : null,
    total: count.rows[0]?.n ?? 0,
    threshold,
  };
}
