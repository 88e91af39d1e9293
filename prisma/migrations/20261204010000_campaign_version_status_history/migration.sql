-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "campaign_status_changes" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "from_status" "CampaignStatus",
    "to_status" "CampaignStatus" NOT NULL,
    "actor_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "campaign_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "campaign_status_changes_campaign_id_created_at_idx" ON "campaign_status_changes"("campaign_id", "created_at");

-- CreateIndex
CREATE INDEX "campaign_status_changes_actor_id_idx" ON "campaign_status_changes"("actor_id");

-- AddForeignKey
ALTER TABLE "campaign_status_changes" ADD CONSTRAINT "campaign_status_changes_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_status_changes" ADD CONSTRAINT "campaign_status_changes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
