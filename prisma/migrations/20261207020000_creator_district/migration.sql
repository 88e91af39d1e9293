-- The district of its home region a creator chose in its profile ("Seoul:마포구",
-- lib/matching/engine/regions.ts), for campaigns that target a store's neighbourhood.
ALTER TABLE "creators" ADD COLUMN "district" TEXT;
