-- Which version of the matching's reading rules (FEATURE_RULES_VERSION in
-- lib/matching/engine/derive-features.ts) computed each feature row. Rows written before
-- this column existed are version 0: the job worker recomputes every row below the
-- current version when it starts (refresh-stale-features), so a change in how a
-- category, a place or a rate is read reaches creators already stored.
ALTER TABLE "creator_features" ADD COLUMN "rules_version" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "creator_features_rules_version_creator_id_idx"
    ON "creator_features" ("rules_version", "creator_id");
