-- A review can end without a decision: the brand withdraws the proposal, or the expiry
-- job closes it, while it waits for an admin. Before, such a match kept
-- review_status = 'PENDING' and stayed in the admin review queue for good.
ALTER TYPE "ReviewStatus" ADD VALUE 'CLOSED';
