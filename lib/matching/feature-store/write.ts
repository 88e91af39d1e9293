// Writes feature rows in one statement per batch: the batch travels as one JSON
// parameter and json_populate_recordset turns it into rows of the table's own type,
// so there is no bind-variable limit and no per-row round trip.
import type pg from "pg";
import { FEATURE_COLUMNS, toFeatureRowJson } from "./rows.ts";
import { FEATURE_RULES_VERSION } from "../engine/derive-features.ts";
import type { CreatorFeatures } from "../engine/types.ts";

type Queryable = Pick<pg.ClientBase, "query"> | pg.Pool;

const UPDATABLE = FEATURE_COLUMNS.filter((c) => c !== "creator_id");

// updated_at moves on every write, also when nothing else changed: the in-memory
// index refreshes by `updated_at > last seen`, and days_since_last_video moves with
// the clock anyway.
// rules_version records which reading rules computed the row (FEATURE_RULES_VERSION).
const UPSERT_SQL = `
  INSERT INTO creator_features (${FEATURE_COLUMNS.join(", ")}, rules_version, updated_at)
  SELECT ${FEATURE_COLUMNS.join(", ")}, ${FEATURE_RULES_VERSION}, now()
    FROM json_populate_recordset(NULL::creator_features, $1::json)
  ON CONFLICT (creator_id) DO UPDATE SET
    ${UPDATABLE.map((c) => `${c} = EXCLUDED.${c}`).join(",\n    ")},
    rules_version = EXCLUDED.rules_version,
    updated_at = EXCLUDED.updated_at`;

// For the refresh of rows older rules wrote: a row some other writer (an import, a
// sync) has rewritten by the current rules since the batch was read is left as it is.
const UPSERT_STALE_SQL = `${UPSERT_SQL}
  WHERE creator_features.rules_version < EXCLUDED.rules_version`;

/** `onlyStale`: replace only rows older reading rules wrote. */
export type FeatureWriteOptions = { onlyStale?: boolean };

/** Inserts or replaces the feature rows; returns how many were written. */
export async function upsertCreatorFeatures(
  db: Queryable,
  features: readonly CreatorFeatures[],
  options: FeatureWriteOptions = {},
): Promise<number> {
  if (features.length === 0) return 0;
  const json = JSON.stringify(features.map(toFeatureRowJson));
  const result = await db.query(options.onlyStale ? UPSERT_STALE_SQL : UPSERT_SQL, [json]);
  return result.rowCount ?? 0;
}

/**
 * Removes feature rows of creators that can no longer be ranked (no channel left): in
 * the statement itself, so that a channel added since the caller looked keeps its row.
 */
export async function deleteCreatorFeatures(
  db: Queryable,
  creatorIds: readonly string[],
): Promise<number> {
  if (creatorIds.length === 0) return 0;
  const result = await db.query(
    `DELETE FROM creator_features f WHERE f.creator_id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM channels c WHERE c.creator_id = f.creator_id)`,
    [creatorIds],
  );
  return result.rowCount ?? 0;
}
