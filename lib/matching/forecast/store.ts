// Forecast models that learn from history: fitted on completed matches (features at
// proposal time vs. actual outcomes), stored one row per fit in forecast_models with
// its in-sample metrics, and read back (cached) by every ranking. Every fit starts
// from the built-in priors and uses all history, so refits never compound.
import { withTransaction } from "../../db/transaction.ts";
import type pg from "pg";
import { DEFAULT_FORECAST_MODEL, fitForecastModel, type ForecastModel } from "./model.ts";
import { evaluateForecastModel, type ForecastMetrics } from "./metrics.ts";
import { countCompletedWithOutcome, loadTrainingRows } from "./training-rows.ts";

export { loadTrainingRows } from "./training-rows.ts";

// Any number that is not Prisma's or the migrations' (72707369) advisory lock.
const FIT_LOCK_KEY = 4_207_319;
const MODEL_TTL_MS = 60_000;

export type StoredForecastModel = {
  version: number;
  model: ForecastModel;
  /**
   * False for parameters an older build fitted, without a key this build fits (the
   * prior fills it in): such a model is refitted at the next chance, new completions
   * or not, as its other parameters were fitted without the one missing.
   */
  complete: boolean;
  trainedOn: number;
  metrics: unknown;
  createdAt: Date;
};

export type FitResult = {
  version: number;
  model: ForecastModel;
  trainedOn: number;
  /** Completed matches left out because their features_at_proposal was unreadable. */
  skipped: number;
  metrics: ForecastMetrics & { prior: ForecastMetrics };
};

/** Fits on every completed match and stores the result as the next version. */
export async function fitAndSaveForecastModel(
  pool: pg.Pool,
  options: { now?: Date } = {},
): Promise<FitResult> {
  // when the fit read its history: what the model knows is as old as that, however
  // long the fit took (the refit's age limit counts from here)
  const readAt = new Date();
  const { rows, skipped } = await loadTrainingRows(pool);
  const model = fitForecastModel(rows, DEFAULT_FORECAST_MODEL, options.now ?? readAt);
  const metrics = {
    ...evaluateForecastModel(rows, model),
    prior: evaluateForecastModel(rows, DEFAULT_FORECAST_MODEL),
  };
  const version = await saveForecastModel(pool, model, rows.length, {
    ...metrics,
    skipped,
    readAt: readAt.toISOString(),
  });
  return { version, model, trainedOn: rows.length, skipped, metrics };
}

export async function saveForecastModel(
  pool: pg.Pool,
  model: ForecastModel,
  trainedOn: number,
  metrics: unknown,
): Promise<number> {
  const version = await withTransaction(pool, async (client) => {
    // Two refits finishing together would both pick max(version) + 1.
    await client.query("SELECT pg_advisory_xact_lock($1)", [FIT_LOCK_KEY]);
    const { rows } = await client.query<{ version: number }>(
      `INSERT INTO forecast_models (id, version, params, trained_on, metrics)
       SELECT gen_random_uuid(), COALESCE(max(version), 0) + 1, $1::jsonb, $2, $3::jsonb FROM forecast_models
       RETURNING version`,
      [JSON.stringify(model), trainedOn, JSON.stringify(metrics)],
    );
    return rows[0].version;
  });
  invalidateForecastModelCache();
  return version;
}

export async function loadLatestForecastModel(
  db: Pick<pg.Pool, "query">,
): Promise<StoredForecastModel | null> {
  const { rows } = await db.query<{
    version: number;
    params: unknown;
    trained_on: number;
    metrics: unknown;
    created_at: Date;
  }>(
    "SELECT version, params, trained_on, metrics, created_at FROM forecast_models ORDER BY version DESC LIMIT 1",
  );
  if (rows.length === 0) return null;
  const r = rows[0];
  const params = r.params && typeof r.params === "object" ? r.params : {};
  return {
    version: r.version,
    model: withDefaults(r.params),
    complete: Object.keys(DEFAULT_FORECAST_MODEL).every((k) => Object.hasOwn(params, k)),
    trainedOn: r.trained_on,
    metrics: r.metrics,
    createdAt: r.created_at,
  };
}

// Parameters stored by an older build may lack a table or a key added since: the
// built-in prior fills the gaps, so an old fit never breaks a ranking.
function withDefaults(params: unknown): ForecastModel {
  const p = (params && typeof params === "object" ? params : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...DEFAULT_FORECAST_MODEL };
  for (const [key, def] of Object.entries(DEFAULT_FORECAST_MODEL)) {
    const v = p[key];
    if (v === undefined || v === null) continue;
    if (def && typeof def === "object") {
      if (typeof v === "object" && !Array.isArray(v)) out[key] = { ...def, ...(v as object) };
    } else if (typeof v === typeof def) {
      out[key] = v;
    }
  }
  return out as unknown as ForecastModel;
}

/** When the fit read its history (models saved before it was stored: when saved). */
function readAtFit(model: StoredForecastModel): Date {
  const readAt = (model.metrics as { readAt?: unknown } | null | undefined)?.readAt;
  const at = typeof readAt === "string" ? new Date(readAt) : null;
  return at && !isNaN(at.getTime()) && at < model.createdAt ? at : model.createdAt;
}

function skippedAtFit(metrics: unknown): number {
  const skipped = (metrics as { skipped?: unknown } | null | undefined)?.skipped;
  return typeof skipped === "number" && Number.isInteger(skipped) && skipped > 0 ? skipped : 0;
}

export type RefitDecision = {
  refitted: boolean;
  /** Completed matches with outcomes now, and when the current model was fitted. */
  completions: number;
  trainedOn: number;
  version: number | null;
};

/**
 * How the job that runs after completions, and hourly, decides (lib/jobs/start-worker.ts,
 * schedules.ts). The age limit is a little under the schedule's hour: a fit made by
 * one hourly run is a few seconds less than an hour old at the next, and a limit of
 * exactly an hour would leave a trickle of completions waiting two. Age counts from
 * when the fit read its history, so a slow fit does not bring that wait back.
 */
export const REFIT_AFTER_COMPLETIONS = {
  minNewCompletions: 1,
  minNewShare: 0.1,
  maxAgeMs: 55 * 60_000,
} as const;

/**
 * Refits when at least `minNewCompletions` completed matches arrived since the
 * current model was fitted and, once there is a model, they are at least `minNewShare`
 * of the completions it saw or it is older than `maxAgeMs`. A fit reads all history:
 * refitting on every completion would run fits back to back, each longer than the
 * last, once completions stream in. So the first completions each count, later ones
 * come in batches of a tenth, and a trickle is taken in within the hour (the job
 * also runs hourly).
 */
export async function refitForecastModelIfStale(
  pool: pg.Pool,
  options: { minNewCompletions: number; minNewShare?: number; maxAgeMs?: number; now?: Date },
): Promise<RefitDecision> {
  const [current, completions] = await Promise.all([
    loadLatestForecastModel(pool),
    countCompletedWithOutcome(pool),
  ]);
  const trainedOn = current?.trainedOn ?? 0;
  // Completions the last fit saw: the rows it trained on and those it had to leave out
  // (unreadable proposal features). Without the latter, a few unreadable rows would
  // look "new" forever and every run would refit.
  const seen = trainedOn + skippedAtFit(current?.metrics);
  const fresh = completions - seen;
  const now = options.now ?? new Date();
  const batching =
    current !== null &&
    fresh < (options.minNewShare ?? 0) * seen &&
    now.getTime() - readAtFit(current).getTime() < (options.maxAgeMs ?? Infinity);
  const outdated = current !== null && !current.complete && completions > 0;
  if (!outdated && (fresh < Math.max(1, options.minNewCompletions) || batching)) {
    return { refitted: false, completions, trainedOn, version: current?.version ?? null };
  }
  const fit = await fitAndSaveForecastModel(pool, { now: options.now });
  return { refitted: true, completions, trainedOn: fit.trainedOn, version: fit.version };
}

// ───────────── the model rankings use: newest fit, else the built-in priors ─────────────

type Cached = { model: ForecastModel; version: number | null; at: number; pool: pg.Pool };
const globalForModel = globalThis as unknown as {
  __forecastModel?: Cached;
  __forecastModelLoad?: Promise<Cached>;
};

export async function getForecastModel(
  pool: pg.Pool,
  now: number = Date.now(),
): Promise<{ model: ForecastModel; version: number | null }> {
  const hit = globalForModel.__forecastModel;
  if (hit && hit.pool === pool && now - hit.at < MODEL_TTL_MS) return hit;
  globalForModel.__forecastModelLoad ??= loadLatestForecastModel(pool)
    .then((stored) => {
      const entry: Cached = {
        model: stored?.model ?? DEFAULT_FORECAST_MODEL,
        version: stored?.version ?? null,
        at: now,
        pool,
      };
      globalForModel.__forecastModel = entry;
      return entry;
    })
    .finally(() => {
      globalForModel.__forecastModelLoad = undefined;
    });
  return globalForModel.__forecastModelLoad;
}

export function invalidateForecastModelCache(): void {
  globalForModel.__forecastModel = undefined;
}
