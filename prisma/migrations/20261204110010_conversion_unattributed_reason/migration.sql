-- Why an order that quotes a click or promo code of a match is not credited to it
-- (CURRENCY_MISMATCH: the match is agreed in another currency). Null otherwise.
ALTER TABLE "conversions" ADD COLUMN "unattributed_reason" TEXT;
