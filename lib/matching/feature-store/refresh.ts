// The feature store: one creator_features row per rankable creator, derived from its
// primary channel, that channel's recent videos and audience shares, and the creator's
// profile. The row is computed by deriveFeatures, the same function that ranks a
// roster file, so the database and the CLI can never disagree on a definition.
// Callers: the roster import, the channel refresh job, the creator onboarding flow.
import type pg from "pg";
import { deriveFeatures, FEATURE_RULES_VERSION } from "../engine/derive-features.ts";
import { loadCreatorRecords } from "../../creators/load-creator-records.ts";
import { deleteCreatorFeatures, upsertCreatorFeatures, type FeatureWriteOptions } from "./write.ts";

export { getCreatorIndex, FeatureIndexCache } from "./cache.ts";

export type RefreshOptions = {
  /** The moment features are computed for (days since the last video...). Default: now. */
  now?: Date;
  /** Creators per query; each batch is its own short transaction. */
  batchSize?: number;
};

export type RefreshResult = {
  /** Feature rows written. */
  refreshed: number;
  /** Feature rows removed because the creator has no channel any more. */
  removed: number;
};

const DEFAULT_BATCH = 1000;

/**
 * Recomputes the feature rows of the given creators (all creators when omitted).
 * Creators without a channel lose their row: there is nothing to rank them on.
 */
export async function refreshCreatorFeatures(
  pool: pg.Pool,
  creatorIds?: readonly string[],
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  if (creatorIds === undefined) return refreshAllCreatorFeatures(pool, options);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const now = options.now ?? new Date();
  const total: RefreshResult = { refreshed: 0, removed: 0 };
  const unique = [...new Set(creatorIds)];
  for (let i = 0; i < unique.length; i += batchSize) {
    const r = await refreshBatch(pool, unique.slice(i, i + batchSize), now);
    total.refreshed += r.refreshed;
    total.removed += r.removed;
  }
  return total;
}

export type RefreshProgress = { done: number; total: number; refreshed: number; removed: number };

type ProgressOptions = RefreshOptions & { onProgress?: (p: RefreshProgress) => void };

/** Recomputes every creator's row, in id order, reporting progress after each batch. */
export async function refreshAllCreatorFeatures(
  pool: pg.Pool,
  options: ProgressOptions = {},
): Promise<RefreshResult> {
  const { refreshed, removed } = await refreshInIdOrder(
    pool,
    { from: "creators", id: "id", where: "true", params: [] },
    options,
  );
  return { refreshed, removed };
}

/**
 * Recomputes the rows that older reading rules computed (rules_version below
 * FEATURE_RULES_VERSION), reporting progress after each batch: after an upgrade that
 * reads categories, places or rates differently, creators already stored are ranked by
 * the same rules as new ones. Ranking goes on with the old rows until theirs arrive
 * (the index picks rewritten rows up by updated_at). A row another writer rewrote
 * meanwhile is left as it wrote it.
 *
 * One run at a time across processes (a session advisory lock, released with its
 * connection if the process dies): a second worker starting meanwhile skips it.
 */
export async function refreshStaleCreatorFeatures(
  pool: pg.Pool,
  options: ProgressOptions = {},
): Promise<RefreshResult & { stale: number; skipped: boolean }> {
  const lock = await pool.connect();
  try {
    const { rows: got } = await lock.query<{ ok: boolean }>(
      "SELECT pg_try_advisory_lock(hashtext('refresh-stale-creator-features')) AS ok",
    );
    if (!got[0].ok) return { refreshed: 0, removed: 0, stale: 0, skipped: true };
    try {
      const { refreshed, removed, total } = await refreshInIdOrder(
        pool,
        {
          from: "creator_features",
          id: "creator_id",
          where: "rules_version < $1",
          params: [FEATURE_RULES_VERSION],
        },
        options,
        { onlyStale: true },
      );
      return { refreshed, removed, stale: total, skipped: false };
    } finally {
      await lock.query("SELECT pg_advisory_unlock(hashtext('refresh-stale-creator-features'))");
    }
  } finally {
    lock.release();
  }
}

/** Which creators a refresh goes through: `where` may use params $1..$n. */
type Selection = { from: string; id: string; where: string; params: unknown[] };

/**
 * Refreshes the selected creators a batch at a time in id order. Keyset paging: stable
 * while creators are added, and no batch rereads the rows before it.
 */
async function refreshInIdOrder(
  pool: pg.Pool,
  sel: Selection,
  options: ProgressOptions,
  write: FeatureWriteOptions = {},
): Promise<RefreshResult & { total: number }> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const now = options.now ?? new Date();
  const n = sel.params.length;
  const { rows: countRows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${sel.from} WHERE ${sel.where}`,
    sel.params,
  );
  const progress: RefreshProgress = { done: 0, total: countRows[0].n, refreshed: 0, removed: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = await pool.query<{ id: string }>(
      `SELECT ${sel.id} AS id FROM ${sel.from}
        WHERE ${sel.where} AND ${sel.id} > $${n + 1}::uuid
        ORDER BY ${sel.id} LIMIT $${n + 2}`,
      [...sel.params, after, batchSize],
    );
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    const r = await refreshBatch(pool, ids, now, write);
    progress.done += ids.length;
    progress.refreshed += r.refreshed;
    progress.removed += r.removed;
    options.onProgress?.({ ...progress, total: Math.max(progress.total, progress.done) });
    after = ids[ids.length - 1];
  }
  return { refreshed: progress.refreshed, removed: progress.removed, total: progress.total };
}

async function refreshBatch(
  pool: pg.Pool,
  ids: string[],
  now: Date,
  write: FeatureWriteOptions = {},
): Promise<RefreshResult> {
  const records = await loadCreatorRecords(pool, ids, now);
  const features = records.map((r) => deriveFeatures(r, now));
  const refreshed = await upsertCreatorFeatures(pool, features, write);
  const ranked = new Set(records.map((r) => r.id));
  const removed = await deleteCreatorFeatures(
    pool,
    ids.filter((id) => !ranked.has(id)),
  );
  return { refreshed, removed };
}
