-- The admin review queue's own index: exactly the rows it lists (waiting for review,
-- not yet sent), in its keyset order (created_at, id). The queue filters on two columns
-- that two general indexes each half serve, (review_status, created_at) and
-- (status, created_at); which one the planner took depended on the table's statistics
-- of the moment, and review-queue.integration.test.ts failed when it took the second.
CREATE INDEX "matches_review_queue_idx" ON "matches"("created_at", "id")
  WHERE review_status = 'PENDING' AND status = 'PENDING';
