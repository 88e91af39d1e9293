-- The matching engine's reasons as facts (code + params per sentence), so a page renders
-- them in its reader's language; null on matches proposed before (their English
-- `reasons` stay readable).
ALTER TABLE "matches" ADD COLUMN "explanation" JSONB;

-- Lines the platform writes into a match's thread and history ("Agreement reached at
-- ...", "Creator answered") as a code + params, rendered per reader; `body` / `note`
-- keep the English for programs and for rows written before.
ALTER TABLE "match_messages" ADD COLUMN "system_line" JSONB;
ALTER TABLE "match_status_changes" ADD COLUMN "system_line" JSONB;

-- Why an app proposal waits for admin review, as codes + params (lib/matches/review-lines.ts);
-- `review_reason` keeps the English. Cleared when an admin's note replaces the reason.
ALTER TABLE "matches" ADD COLUMN "review_lines" JSONB;
