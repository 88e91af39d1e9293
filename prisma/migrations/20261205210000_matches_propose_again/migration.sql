-- A brand may propose a creator for a campaign again once every earlier proposal of the
-- pair closed without an agreement (declined, withdrawn, rejected in review, expired):
-- a raised offer after a "no", or a second try after thirty silent days. What stays
-- unique is the live match: at most one per (campaign, creator) that is open, agreed or
-- completed. lib/matches/statuses.ts (CLOSED_WITHOUT_AGREEMENT) names the same two
-- statuses, and proposeMatch's ON CONFLICT names this predicate. With more than one
-- app instance, roll the new code out before this runs: the old code's ON CONFLICT
-- (campaign_id, creator_id) finds no index without the predicate and fails (the new
-- code works against either index).
DROP INDEX "matches_campaign_id_creator_id_key";

CREATE UNIQUE INDEX "matches_live_pair_key" ON "matches"("campaign_id", "creator_id")
  WHERE status NOT IN ('REJECTED', 'EXPIRED');

-- "the matches of a creator for a campaign, newest first" (the creator's current match
-- in rankings and shortlists)
CREATE INDEX "matches_campaign_id_creator_id_created_at_idx"
  ON "matches"("campaign_id", "creator_id", "created_at" DESC);
