-- CreateEnum
CREATE TYPE "Role" AS ENUM ('BRAND_MANAGER', 'CREATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "BrandKind" AS ENUM ('BRAND', 'LOCAL_STORE');

-- CreateEnum
CREATE TYPE "PlanTier" AS ENUM ('FREE', 'BASIC', 'PREMIUM', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "BrandMemberRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('YOUTUBE', 'INSTAGRAM', 'TIKTOK');

-- CreateEnum
CREATE TYPE "Tier" AS ENUM ('NANO', 'MICRO', 'MID', 'MACRO', 'MEGA');

-- CreateEnum
CREATE TYPE "DataSource" AS ENUM ('VERIFIED', 'ESTIMATED');

-- CreateEnum
CREATE TYPE "OnboardingStep" AS ENUM ('CONNECT_CHANNEL', 'PROFILE', 'RATE_CARD', 'DONE');

-- CreateEnum
CREATE TYPE "AudienceDimension" AS ENUM ('AGE', 'GENDER', 'COUNTRY', 'REGION');

-- CreateEnum
CREATE TYPE "CampaignType" AS ENUM ('SPONSORED_VIDEO', 'PRODUCT_REVIEW', 'GIFTING', 'STORE_VISIT', 'AFFILIATE');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('PENDING', 'CONTACTED', 'RESPONDED', 'NEGOTIATING', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "MatchPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('MESSAGE', 'PROPOSAL', 'COUNTER_OFFER', 'SYSTEM');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "image" TEXT,
    "role" "Role" NOT NULL,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "scope" TEXT,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "brands" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BrandKind" NOT NULL DEFAULT 'BRAND',
    "category" TEXT NOT NULL,
    "city" TEXT,
    "district" TEXT,
    "price_level" SMALLINT,
    "naver_place_url" TEXT,
    "website_url" TEXT,
    "plan" "PlanTier" NOT NULL DEFAULT 'FREE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "brands_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "brand_members" (
    "brand_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "BrandMemberRole" NOT NULL DEFAULT 'MEMBER',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "brand_members_pkey" PRIMARY KEY ("brand_id","user_id")
);

-- CreateTable
CREATE TABLE "creators" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "display_name" TEXT NOT NULL,
    "bio" TEXT,
    "categories" TEXT[],
    "region" TEXT,
    "country" CHAR(2) NOT NULL DEFAULT 'KR',
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rate_per_video" BIGINT,
    "rate_per_short" BIGINT,
    "rate_per_visit" BIGINT,
    "currency" CHAR(3) NOT NULL DEFAULT 'KRW',
    "onboarding_step" "OnboardingStep" NOT NULL DEFAULT 'CONNECT_CHANNEL',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "creators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channels" (
    "id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "external_id" TEXT NOT NULL,
    "handle" TEXT,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "country" CHAR(2),
    "subscriber_count" INTEGER,
    "subscribers_hidden" BOOLEAN NOT NULL DEFAULT false,
    "view_count" BIGINT NOT NULL DEFAULT 0,
    "video_count" INTEGER NOT NULL DEFAULT 0,
    "tier" "Tier" NOT NULL,
    "engagement_rate" DOUBLE PRECISION,
    "median_views" INTEGER,
    "last_video_at" TIMESTAMPTZ(3),
    "stats_source" "DataSource" NOT NULL DEFAULT 'ESTIMATED',
    "stats_fetched_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audience_shares" (
    "channel_id" UUID NOT NULL,
    "dimension" "AudienceDimension" NOT NULL,
    "bucket" TEXT NOT NULL,
    "share" DOUBLE PRECISION NOT NULL,
    "source" "DataSource" NOT NULL,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audience_shares_pkey" PRIMARY KEY ("channel_id","dimension","bucket")
);

-- CreateTable
CREATE TABLE "videos" (
    "id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_sec" INTEGER,
    "is_short" BOOLEAN NOT NULL DEFAULT false,
    "views" BIGINT NOT NULL DEFAULT 0,
    "likes" INTEGER NOT NULL DEFAULT 0,
    "comments" INTEGER NOT NULL DEFAULT 0,
    "shares" INTEGER NOT NULL DEFAULT 0,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "videos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "creator_features" (
    "creator_id" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "tier" "Tier" NOT NULL,
    "subscribers" INTEGER,
    "subscribers_hidden" BOOLEAN NOT NULL DEFAULT false,
    "video_count" INTEGER NOT NULL,
    "median_views" DOUBLE PRECISION NOT NULL,
    "views_p25" DOUBLE PRECISION NOT NULL,
    "views_p75" DOUBLE PRECISION NOT NULL,
    "engagement_rate" DOUBLE PRECISION NOT NULL,
    "like_rate" DOUBLE PRECISION NOT NULL,
    "comment_rate" DOUBLE PRECISION NOT NULL,
    "share_rate" DOUBLE PRECISION NOT NULL,
    "uploads_per_30d" DOUBLE PRECISION NOT NULL,
    "days_since_last_video" DOUBLE PRECISION,
    "categories" TEXT[],
    "region" TEXT,
    "country" CHAR(2),
    "rate_per_video" BIGINT,
    "currency" CHAR(3) NOT NULL DEFAULT 'KRW',
    "audience_age" DOUBLE PRECISION[],
    "audience_gender" DOUBLE PRECISION[],
    "audience_countries" JSONB,
    "audience_source" "DataSource",
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "creator_features_pkey" PRIMARY KEY ("creator_id")
);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" UUID NOT NULL,
    "brand_id" UUID NOT NULL,
    "created_by_id" UUID,
    "title" TEXT NOT NULL,
    "product_name" TEXT,
    "product_url" TEXT,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "type" "CampaignType" NOT NULL DEFAULT 'SPONSORED_VIDEO',
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "platforms" "Platform"[] DEFAULT ARRAY['YOUTUBE']::"Platform"[],
    "budget" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'KRW',
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "target_age_ranges" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "target_genders" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "target_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "target_regions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "target_interests" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "matching_weights" JSONB,
    "matching_filters" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "matches" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "status" "MatchStatus" NOT NULL DEFAULT 'PENDING',
    "priority" "MatchPriority" NOT NULL DEFAULT 'NORMAL',
    "score" DOUBLE PRECISION NOT NULL,
    "audience_overlap" DOUBLE PRECISION NOT NULL,
    "category_match" DOUBLE PRECISION NOT NULL,
    "performance_prediction" DOUBLE PRECISION NOT NULL,
    "budget_fit" DOUBLE PRECISION NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "risks" JSONB NOT NULL DEFAULT '[]',
    "forecast" JSONB NOT NULL,
    "predicted_views_min" INTEGER NOT NULL,
    "predicted_views_max" INTEGER NOT NULL,
    "features_at_proposal" JSONB NOT NULL,
    "offer_amount" BIGINT,
    "agreed_amount" BIGINT,
    "currency" CHAR(3) NOT NULL DEFAULT 'KRW',
    "review_status" "ReviewStatus" NOT NULL DEFAULT 'NOT_REQUIRED',
    "review_reason" TEXT,
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "status_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "matches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_status_changes" (
    "id" UUID NOT NULL,
    "match_id" UUID NOT NULL,
    "from_status" "MatchStatus",
    "to_status" "MatchStatus" NOT NULL,
    "actor_id" UUID,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "match_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_messages" (
    "id" UUID NOT NULL,
    "match_id" UUID NOT NULL,
    "sender_id" UUID,
    "kind" "MessageKind" NOT NULL DEFAULT 'MESSAGE',
    "body" TEXT NOT NULL,
    "amount" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "match_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_outcomes" (
    "match_id" UUID NOT NULL,
    "views" INTEGER NOT NULL,
    "likes" INTEGER NOT NULL DEFAULT 0,
    "comments" INTEGER NOT NULL DEFAULT 0,
    "shares" INTEGER NOT NULL DEFAULT 0,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "revenue" BIGINT NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,
    "measured_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "match_outcomes_pkey" PRIMARY KEY ("match_id")
);

-- CreateTable
CREATE TABLE "forecast_models" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "params" JSONB NOT NULL,
    "trained_on" INTEGER NOT NULL,
    "metrics" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forecast_models_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_provider_account_id_key" ON "accounts"("provider", "provider_account_id");

-- CreateIndex
CREATE INDEX "brands_city_district_idx" ON "brands"("city", "district");

-- CreateIndex
CREATE INDEX "brands_category_idx" ON "brands"("category");

-- CreateIndex
CREATE INDEX "brand_members_user_id_idx" ON "brand_members"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "creators_user_id_key" ON "creators"("user_id");

-- CreateIndex
CREATE INDEX "creators_categories_idx" ON "creators" USING GIN ("categories");

-- CreateIndex
CREATE INDEX "creators_region_idx" ON "creators"("region");

-- CreateIndex
CREATE INDEX "channels_creator_id_idx" ON "channels"("creator_id");

-- CreateIndex
CREATE INDEX "channels_platform_subscriber_count_idx" ON "channels"("platform", "subscriber_count" DESC);

-- CreateIndex
CREATE INDEX "channels_tier_engagement_rate_idx" ON "channels"("tier", "engagement_rate" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "channels_platform_external_id_key" ON "channels"("platform", "external_id");

-- CreateIndex
CREATE INDEX "videos_channel_id_published_at_idx" ON "videos"("channel_id", "published_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "videos_channel_id_external_id_key" ON "videos"("channel_id", "external_id");

-- CreateIndex
CREATE INDEX "creator_features_updated_at_idx" ON "creator_features"("updated_at");

-- CreateIndex
CREATE INDEX "campaigns_brand_id_created_at_idx" ON "campaigns"("brand_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "campaigns_status_starts_at_idx" ON "campaigns"("status", "starts_at");

-- CreateIndex
CREATE INDEX "matches_campaign_id_score_idx" ON "matches"("campaign_id", "score" DESC);

-- CreateIndex
CREATE INDEX "matches_status_created_at_idx" ON "matches"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "matches_creator_id_status_idx" ON "matches"("creator_id", "status");

-- CreateIndex
CREATE INDEX "matches_review_status_created_at_idx" ON "matches"("review_status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "matches_campaign_id_creator_id_key" ON "matches"("campaign_id", "creator_id");

-- CreateIndex
CREATE INDEX "match_status_changes_match_id_created_at_idx" ON "match_status_changes"("match_id", "created_at");

-- CreateIndex
CREATE INDEX "match_messages_match_id_created_at_idx" ON "match_messages"("match_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "forecast_models_version_key" ON "forecast_models"("version");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "brand_members" ADD CONSTRAINT "brand_members_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "brand_members" ADD CONSTRAINT "brand_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "creators" ADD CONSTRAINT "creators_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "channels" ADD CONSTRAINT "channels_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "creators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audience_shares" ADD CONSTRAINT "audience_shares_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "videos" ADD CONSTRAINT "videos_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "creator_features" ADD CONSTRAINT "creator_features_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "creators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "creators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_status_changes" ADD CONSTRAINT "match_status_changes_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_status_changes" ADD CONSTRAINT "match_status_changes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_messages" ADD CONSTRAINT "match_messages_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_messages" ADD CONSTRAINT "match_messages_sender_id_fkey" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_outcomes" ADD CONSTRAINT "match_outcomes_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
