// Whether this server process should receive traffic. Liveness (/api/health) only says
// the process answers; readiness (/api/health/ready) says it can do its work: the
// database answers and is fully migrated, the creator index is loaded and the ranking
// workers are warm (both built at start-up, so no user waits for them), and it is not
// shutting down.
import { pool } from "../db/client.ts";
import { migrationStatus } from "../db/migrations.ts";
import { log } from "../log.ts";
import { getFeatureIndexCache } from "../matching/feature-store/cache.ts";
import { rankPoolStats, warmRankPool } from "../matching/rank-pool/rank-in-pool.ts";

type Lifecycle = {
  warmUp: Promise<void> | null;
  indexLoaded: boolean;
  workersWarm: boolean;
  draining: boolean;
  warmUpError: string | null;
};

const globalForLifecycle = globalThis as unknown as { __lifecycle?: Lifecycle };
const state = (globalForLifecycle.__lifecycle ??= {
  warmUp: null,
  indexLoaded: false,
  workersWarm: false,
  draining: false,
  warmUpError: null,
});

/** Loads the creator index and starts the ranking workers; safe to call more than once. */
export function startWarmUp(): Promise<void> {
  state.warmUp ??= (async () => {
    const started = performance.now();
    try {
      const [index] = await Promise.all([
        getFeatureIndexCache().then((cache) => cache.get()),
        warmRankPool().then(() => {
          state.workersWarm = true;
        }),
      ]);
      state.indexLoaded = true;
      state.warmUpError = null;
      log.info(
        { creators: index.size, ms: Math.round(performance.now() - started) },
        "creator index loaded and ranking workers warm",
      );
    } catch (err) {
      // Not ready until a later attempt succeeds (the next readiness probe retries).
      state.warmUpError = String((err as Error)?.message ?? err);
      state.warmUp = null;
      log.error({ err }, "warm-up failed");
    }
  })();
  return state.warmUp;
}

export function markDraining(): void {
  state.draining = true;
}

export function isDraining(): boolean {
  return state.draining;
}

export async function readiness() {
  if (!state.indexLoaded || !state.workersWarm) void startWarmUp();
  let database: { reachable: boolean; latencyMs?: number } = { reachable: false };
  let migrations: Awaited<ReturnType<typeof migrationStatus>> | null = null;
  try {
    const started = performance.now();
    await pool.query("select 1");
    database = { reachable: true, latencyMs: Math.round(performance.now() - started) };
    migrations = await migrationStatus(pool);
  } catch {
    // reported as not reachable
  }
  const ready =
    database.reachable &&
    migrations?.ok === true &&
    state.indexLoaded &&
    state.workersWarm &&
    !state.draining;
  return {
    status: ready ? ("ready" as const) : ("not_ready" as const),
    draining: state.draining,
    database,
    migrations: migrations && {
      applied: migrations.applied.length,
      pending: migrations.pending,
      problems: migrations.problems,
    },
    creatorIndex: { loaded: state.indexLoaded, error: state.warmUpError },
    rankWorkers: { warm: state.workersWarm, ...rankPoolStats() },
  };
}
