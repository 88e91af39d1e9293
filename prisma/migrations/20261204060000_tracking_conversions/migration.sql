-- CreateEnum
CREATE TYPE "DeviceClass" AS ENUM ('DESKTOP', 'MOBILE', 'TABLET', 'OTHER');

-- CreateEnum
CREATE TYPE "ConversionKind" AS ENUM ('ORDER', 'REFUND');

-- CreateEnum
CREATE TYPE "ConversionSource" AS ENUM ('WEBHOOK', 'CSV');

-- CreateEnum
CREATE TYPE "AttributionMethod" AS ENUM ('CLICK', 'PROMO_CODE', 'NONE');

-- CreateTable
CREATE TABLE "tracking_links" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "match_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "brand_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "destination_url" TEXT NOT NULL,
    "label" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tracking_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promo_codes" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "brand_id" UUID NOT NULL,
    "match_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "promo_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clicks" (
    "id" BIGSERIAL NOT NULL,
    "click_id" TEXT NOT NULL,
    "link_id" UUID NOT NULL,
    "match_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "clicked_at" TIMESTAMPTZ(3) NOT NULL,
    "hour_bucket" TIMESTAMPTZ(0) NOT NULL,
    "visitor_hash" TEXT NOT NULL,
    "referrer" TEXT,
    "device_class" "DeviceClass" NOT NULL,
    "country" CHAR(2),

    CONSTRAINT "clicks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversions" (
    "id" BIGSERIAL NOT NULL,
    "brand_id" UUID NOT NULL,
    "order_id" TEXT NOT NULL,
    "kind" "ConversionKind" NOT NULL DEFAULT 'ORDER',
    "source" "ConversionSource" NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "product" TEXT,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'KRW',
    "click_id" TEXT,
    "promo_code" TEXT,
    "attribution" "AttributionMethod" NOT NULL,
    "link_id" UUID,
    "match_id" UUID,
    "campaign_id" UUID,
    "creator_id" UUID,
    "import_id" UUID,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversion_secrets" (
    "brand_id" UUID NOT NULL,
    "secret_ciphertext" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversion_secrets_pkey" PRIMARY KEY ("brand_id")
);

-- CreateTable
CREATE TABLE "conversion_imports" (
    "id" UUID NOT NULL,
    "brand_id" UUID NOT NULL,
    "created_by_id" UUID,
    "file_name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "rows_total" INTEGER NOT NULL DEFAULT 0,
    "rows_processed" INTEGER NOT NULL DEFAULT 0,
    "rows_inserted" INTEGER NOT NULL DEFAULT 0,
    "rows_duplicate" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "conversion_imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tracking_links_code_key" ON "tracking_links"("code");

-- CreateIndex
CREATE INDEX "tracking_links_campaign_id_idx" ON "tracking_links"("campaign_id");

-- CreateIndex
CREATE UNIQUE INDEX "tracking_links_match_id_destination_url_key" ON "tracking_links"("match_id", "destination_url");

-- CreateIndex
CREATE INDEX "promo_codes_match_id_idx" ON "promo_codes"("match_id");

-- CreateIndex
CREATE UNIQUE INDEX "promo_codes_brand_id_code_key" ON "promo_codes"("brand_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "clicks_click_id_key" ON "clicks"("click_id");

-- CreateIndex
CREATE INDEX "clicks_campaign_id_clicked_at_idx" ON "clicks"("campaign_id", "clicked_at");

-- CreateIndex
CREATE UNIQUE INDEX "clicks_link_id_visitor_hash_hour_bucket_key" ON "clicks"("link_id", "visitor_hash", "hour_bucket");

-- CreateIndex
CREATE INDEX "conversions_campaign_id_occurred_at_idx" ON "conversions"("campaign_id", "occurred_at");

-- CreateIndex
CREATE INDEX "conversions_match_id_idx" ON "conversions"("match_id");

-- CreateIndex
CREATE UNIQUE INDEX "conversions_brand_id_order_id_kind_key" ON "conversions"("brand_id", "order_id", "kind");

-- CreateIndex
CREATE INDEX "conversion_imports_brand_id_created_at_idx" ON "conversion_imports"("brand_id", "created_at");

-- AddForeignKey
ALTER TABLE "tracking_links" ADD CONSTRAINT "tracking_links_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promo_codes" ADD CONSTRAINT "promo_codes_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clicks" ADD CONSTRAINT "clicks_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "tracking_links"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversion_secrets" ADD CONSTRAINT "conversion_secrets_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversion_imports" ADD CONSTRAINT "conversion_imports_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "matches" ADD COLUMN "commission_rate_bp" INTEGER;
