-- The district inside its region where a creator is based ("Seoul:강남구"), for
-- campaigns that target districts (a store's neighbourhood). Derived from the creator's
-- place (lib/matching/engine/regions.ts normalizeDistrict) by feature rules version 2:
-- rows of version 1 are recomputed when the job worker starts.
ALTER TABLE "creator_features" ADD COLUMN "district" TEXT;
