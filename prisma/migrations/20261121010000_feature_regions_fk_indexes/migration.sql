-- AlterTable
ALTER TABLE "creator_features" ADD COLUMN     "audience_regions" JSONB,
ALTER COLUMN "categories" SET DEFAULT ARRAY[]::TEXT[],
ALTER COLUMN "audience_age" SET DEFAULT ARRAY[]::DOUBLE PRECISION[],
ALTER COLUMN "audience_gender" SET DEFAULT ARRAY[]::DOUBLE PRECISION[];

-- AlterTable
ALTER TABLE "creators" ALTER COLUMN "categories" SET DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "campaigns_created_by_id_idx" ON "campaigns"("created_by_id");

-- CreateIndex
CREATE INDEX "matches_reviewed_by_id_idx" ON "matches"("reviewed_by_id");

-- CreateIndex
CREATE INDEX "match_status_changes_actor_id_idx" ON "match_status_changes"("actor_id");

-- CreateIndex
CREATE INDEX "match_messages_sender_id_idx" ON "match_messages"("sender_id");
