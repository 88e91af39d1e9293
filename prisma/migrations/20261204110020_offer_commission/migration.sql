-- The commission % (basis points) agreed in an offer or counter-offer, copied onto the
-- match when it is accepted (matches.commission_rate_bp), which settlement charges.
ALTER TABLE "match_offers" ADD COLUMN "commission_rate_bp" INTEGER NOT NULL DEFAULT 0;
