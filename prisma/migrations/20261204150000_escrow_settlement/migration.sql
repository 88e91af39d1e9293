-- CreateEnum
CREATE TYPE "EscrowEntryKind" AS ENUM ('DEPOSIT', 'HOLD', 'RELEASE', 'CAPTURE');

-- CreateEnum
CREATE TYPE "SettlementStatus" AS ENUM ('PENDING', 'APPROVED', 'PAID');

-- CreateTable
CREATE TABLE "escrow_accounts" (
    "brand_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "available" BIGINT NOT NULL DEFAULT 0,
    "held" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "escrow_accounts_pkey" PRIMARY KEY ("brand_id","currency"),
    -- the balance can never go negative, whatever code runs against it
    CONSTRAINT "escrow_accounts_available_check" CHECK ("available" >= 0),
    CONSTRAINT "escrow_accounts_held_check" CHECK ("held" >= 0)
);

-- CreateTable
CREATE TABLE "escrow_entries" (
    "id" BIGSERIAL NOT NULL,
    "brand_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "kind" "EscrowEntryKind" NOT NULL,
    "amount" BIGINT NOT NULL,
    "match_id" UUID,
    "settlement_id" UUID,
    "payment_reference" TEXT,
    "actor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "escrow_entries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "escrow_entries_amount_check" CHECK ("amount" > 0)
);

-- CreateTable
CREATE TABLE "settlements" (
    "id" UUID NOT NULL,
    "match_id" UUID NOT NULL,
    "brand_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "fixed_fee" BIGINT NOT NULL,
    "commission_rate_bp" INTEGER NOT NULL DEFAULT 0,
    "attributed_revenue" BIGINT NOT NULL DEFAULT 0,
    "commission" BIGINT NOT NULL DEFAULT 0,
    "gross" BIGINT NOT NULL,
    "platform_fee_bp" INTEGER NOT NULL,
    "platform_fee" BIGINT NOT NULL,
    "creator_payout" BIGINT NOT NULL,
    "status" "SettlementStatus" NOT NULL DEFAULT 'PENDING',
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "paid_at" TIMESTAMPTZ(3),
    "paid_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "settlements_pkey" PRIMARY KEY ("id"),
    -- the split is exact: what the brand pays is what the creator and the platform get
    CONSTRAINT "settlements_split_check" CHECK ("gross" = "fixed_fee" + "commission" AND "gross" = "platform_fee" + "creator_payout" AND "platform_fee" >= 0 AND "creator_payout" >= 0)
);

-- CreateTable
CREATE TABLE "settlement_status_changes" (
    "id" UUID NOT NULL,
    "settlement_id" UUID NOT NULL,
    "from_status" "SettlementStatus",
    "to_status" "SettlementStatus" NOT NULL,
    "actor_id" UUID,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "settlement_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "escrow_entries_match_id_kind_key" ON "escrow_entries"("match_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "escrow_entries_payment_reference_key" ON "escrow_entries"("payment_reference");

-- CreateIndex
CREATE INDEX "escrow_entries_brand_id_created_at_idx" ON "escrow_entries"("brand_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "settlements_match_id_key" ON "settlements"("match_id");

-- CreateIndex
CREATE INDEX "settlements_brand_id_created_at_idx" ON "settlements"("brand_id", "created_at");

-- CreateIndex
CREATE INDEX "settlements_creator_id_created_at_idx" ON "settlements"("creator_id", "created_at");

-- CreateIndex
CREATE INDEX "settlements_status_created_at_idx" ON "settlements"("status", "created_at");

-- CreateIndex
CREATE INDEX "settlement_status_changes_settlement_id_created_at_idx" ON "settlement_status_changes"("settlement_id", "created_at");

-- AddForeignKey
ALTER TABLE "escrow_accounts" ADD CONSTRAINT "escrow_accounts_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escrow_entries" ADD CONSTRAINT "escrow_entries_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escrow_entries" ADD CONSTRAINT "escrow_entries_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "creators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settlement_status_changes" ADD CONSTRAINT "settlement_status_changes_settlement_id_fkey" FOREIGN KEY ("settlement_id") REFERENCES "settlements"("id") ON DELETE CASCADE ON UPDATE CASCADE;
