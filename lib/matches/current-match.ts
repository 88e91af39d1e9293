// A creator's current match for a campaign: the newest of the pair's matches. A pair
// has at most one live match (open, agreed or completed: matches_live_pair_key), and a
// new proposal is only possible once the earlier ones ended without an agreement, so
// the newest is the live one when there is one, else the proposal that ended last.
import { LIVE_PAIR_PREDICATE } from "./statuses.ts";

/**
 * A subquery of the pair's newest match (id, status) and how many proposals the pair
 * had (proposals), for `LEFT JOIN LATERAL (…) m ON true`.
 */
export const CURRENT_MATCH_OF_PAIR = (campaignId: string, creatorId: string) =>
  `SELECT id, status, count(*) OVER ()::int AS proposals FROM matches
    WHERE campaign_id = ${campaignId} AND creator_id = ${creatorId}
    ORDER BY created_at DESC, id DESC LIMIT 1`;

/**
 * What the pair's proposals so far say to a new one, in one row (an aggregate: a row
 * even for a pair with none): how many there were (proposals), the live match's status
 * if there is one (live), and whether an admin rejected one (rejected_before).
 */
export const PAIR_HISTORY = (campaignId: string, creatorId: string) =>
  `SELECT count(*)::int AS proposals,
          min(status::text) FILTER (WHERE ${LIVE_PAIR_PREDICATE}) AS live,
          COALESCE(bool_or(review_status = 'REJECTED'), false) AS rejected_before
     FROM matches WHERE campaign_id = ${campaignId} AND creator_id = ${creatorId}`;
