-- AlterTable
ALTER TABLE "creators" ADD COLUMN "rate_per_post" BIGINT;

-- CreateEnum
CREATE TYPE "YoutubeSyncStatus" AS ENUM ('PENDING', 'OK', 'QUOTA_EXCEEDED', 'AUTH_FAILED', 'FAILED');

-- CreateTable
CREATE TABLE "youtube_connections" (
    "id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "access_token_enc" TEXT NOT NULL,
    "refresh_token_enc" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "channel_external_id" TEXT,
    "sync_status" "YoutubeSyncStatus" NOT NULL DEFAULT 'PENDING',
    "sync_error" TEXT,
    "sync_started_at" TIMESTAMPTZ(3),
    "last_attempt_at" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "retry_after" TIMESTAMPTZ(3),
    "connected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "youtube_connections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "youtube_connections_creator_id_key" ON "youtube_connections"("creator_id");

-- AddForeignKey
ALTER TABLE "youtube_connections" ADD CONSTRAINT "youtube_connections_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "creators"("id") ON DELETE CASCADE ON UPDATE CASCADE;
