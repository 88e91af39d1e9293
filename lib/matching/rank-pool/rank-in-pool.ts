// Ranking off the request thread. A web server has one event loop: a ranking over
// 100,000 creators takes tens of milliseconds of CPU, and twenty at once would hold
// every other request (health checks, pages) behind them. So rankings run in a pool of
// worker threads sized to the machine (piscina, one per core, niced), over the creator index shared through
// SharedArrayBuffers, with a bounded queue and a deadline: a ranking that cannot start
// and finish in time answers 503 with Retry-After instead of holding the server.
import { availableParallelism } from "node:os";
import path from "node:path";
import type pg from "pg";
import { Piscina } from "piscina";
import { env } from "../../env.ts";
import { AppError } from "../../errors.ts";
import { Admission } from "../../server/admission.ts";
import { CreatorIndex } from "../engine/creator-index.ts";
import { rankCreators, type RankOptions } from "../engine/rank.ts";
import type { CampaignSpec, RankResult } from "../engine/types.ts";
import { encodeRankResult, type EncodedRankResult } from "./encoded-ranking.ts";
import type { LoadIndexTask, RankTask, RebuildIndexTask, SharedBuiltIndex } from "./rank-worker.ts";
import { inlineIndexBuilder, type IndexBuilder } from "../feature-store/index-builder.ts";

/** Ranks a campaign over an index: inline (scripts, tests) or in the pool (the app). */
export type Ranker<R = RankResult> = (
  index: CreatorIndex,
  campaign: CampaignSpec,
  options: RankOptions,
) => Promise<R>;

/** The page as objects, on this thread (scripts, tests, the bench baseline). */
export const rankInline: Ranker = async (index, campaign, options) =>
  rankCreators(index, campaign, options);

// The worker runs our TypeScript through tsx, from the source tree: the server is
// started from the project root (npm start, next start, the tests).
const WORKER_FILE = path.join(process.cwd(), "lib", "matching", "rank-pool", "rank-worker.ts");

// One thread per core, niced (RANK_WORKER_NICE): the event loop and Postgres are
// scheduled first and rankings use whatever CPU is left. bench:isolation on 2 cores:
// one un-niced worker 65.8 rankings/s (0.77 × the single-thread run), two niced ones
// 86.8/s (1.09 ×) with the probes no slower; two un-niced ones starved the event loop.
function defaultWorkers(): number {
  return availableParallelism();
}

type PoolState = { pool: Piscina; versions: WeakMap<CreatorIndex, number>; nextVersion: number };
const globalForPool = globalThis as unknown as { __rankPool?: PoolState; __rankPoolClosed?: true };

function state(): PoolState {
  // After a graceful shutdown closed it, a late background rebuild must not start a
  // new pool of threads that nothing would stop.
  if (globalForPool.__rankPoolClosed) throw busy();
  if (!globalForPool.__rankPool) {
    const e = env();
    const threads = e.RANK_WORKERS ?? defaultWorkers();
    globalForPool.__rankPool = {
      pool: new Piscina({
        filename: WORKER_FILE,
        execArgv: ["--import", "tsx"],
        workerData: { nice: e.RANK_WORKER_NICE },
        minThreads: threads,
        maxThreads: threads,
        maxQueue: e.RANK_QUEUE_MAX,
        idleTimeout: Infinity,
      }),
      versions: new WeakMap(),
      nextVersion: 1,
    };
  }
  return globalForPool.__rankPool;
}

/**
 * The page as JSON bytes (encoded-ranking.ts), ranked in the pool; with RANK_WORKERS=0
 * (the single-thread baseline) on this thread, doing the same work.
 */
export const rankInPool: Ranker<EncodedRankResult> = async (index, campaign, options) =>
  env().RANK_WORKERS === 0 || explainsHere(options)
    ? encodeRankResult(rankCreators(index, campaign, options))
    : runInPool(index, campaign, options);

/**
 * A page of at most this many creators explained from a kept order is explained on
 * this thread: ~0.6 ms of work for 20 (1.2 ms with its JSON), less than rendering any
 * page, while the hop to a niced ranking thread that waits for an idle core cost it
 * more than the work (bench:workflow, three interleaved pairs: ranking pages p95
 * 174-212 -> 131-171 ms, CPU per request -12 %). Larger pages still go to the pool.
 */
export const EXPLAIN_HERE_MAX = 25;

const explainsHere = (options: RankOptions) =>
  options.fromOrder !== undefined && options.fromOrder.slots.length <= EXPLAIN_HERE_MAX;

// No abort signal: piscina answers an abort of a *running* task by terminating its
// thread, and the replacement recompiles the engine for seconds. Waiting is bounded
// before the task gets here (rankingAdmission's deadline, the pool's bounded queue), and
// a ranking's own work is bounded by the index size.
async function runInPool(
  index: CreatorIndex,
  campaign: CampaignSpec,
  options: RankOptions,
): Promise<EncodedRankResult> {
  const s = state();
  let version = s.versions.get(index);
  if (version === undefined) s.versions.set(index, (version = s.nextVersion++));
  const task: RankTask = { indexVersion: version, index: index.toShared(), campaign, options };
  try {
    return (await s.pool.run(task)) as EncodedRankResult;
  } catch (error) {
    throw overloaded(error);
  }
}

function overloaded(error: unknown): unknown {
  const name = (error as Error | undefined)?.name;
  const message = String((error as Error | undefined)?.message ?? "");
  if (
    name === "AbortError" ||
    name === "TimeoutError" ||
    /queue is at limit|no task queue available/i.test(message)
  ) {
    return busy();
  }
  return error;
}

function busy(): AppError {
  return new AppError(
    "unavailable",
    "Ranking is busy right now; try again in a few seconds",
    undefined,
    2,
  );
}

/** Runs a task by its export name, a full queue answered as 503 like a ranking's. */
async function runNamed<T>(task: unknown, name: string): Promise<T> {
  try {
    return (await state().pool.run(task, { name })) as T;
  } catch (error) {
    throw overloaded(error);
  }
}

/**
 * Loads and rebuilds of the feature index, in the ranking threads (inline with
 * RANK_WORKERS=0): the request thread only receives the finished index, whose columns
 * are shared memory, so that the ranking threads get it without a copy too.
 */
export function indexBuilderInPool(pool: pg.Pool): IndexBuilder {
  const e = env();
  if (e.RANK_WORKERS === 0) return inlineIndexBuilder(pool);
  const received = (b: SharedBuiltIndex) => ({
    index: CreatorIndex.fromShared(b.image, b.ids),
    updatedAt: b.updatedAt,
    buildMs: b.buildMs,
  });
  return {
    load: async () => {
      const task: LoadIndexTask = {
        connectionString: e.DATABASE_URL,
        statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
        connectTimeoutMs: e.DB_ACQUIRE_TIMEOUT_MS,
      };
      return received(await runNamed<SharedBuiltIndex>(task, "loadIndexTask"));
    },
    rebuild: async (index, updatedAt, pending) => {
      const task: RebuildIndexTask = { image: index.toShared(), updatedAt, pending };
      return received(await runNamed<SharedBuiltIndex>(task, "rebuildIndexTask"));
    },
  };
}

/** Starts every worker and loads the engine in it, so the first ranking is not slow. */
export async function warmRankPool(): Promise<void> {
  if (env().RANK_WORKERS === 0) return;
  const s = state();
  const empty = CreatorIndex.build([]);
  const spec: CampaignSpec = {
    title: "warm-up",
    category: "beauty",
    platforms: [],
    budget: 1,
    currency: "KRW",
    targetAudience: { ageRanges: [], genders: [], countries: [], regions: [] },
  };
  await Promise.all(
    Array.from({ length: s.pool.threads.length || 1 }, () => runInPool(empty, spec, {})),
  );
}

export function rankPoolStats() {
  const pool = globalForPool.__rankPool?.pool;
  if (!pool) return { started: false as const };
  return {
    started: true as const,
    threads: pool.threads.length,
    queued: pool.queueSize,
    completed: pool.completed,
  };
}

/** Lets running rankings finish, then stops the threads for good (graceful shutdown). */
export async function closeRankPool(): Promise<void> {
  const s = globalForPool.__rankPool;
  globalForPool.__rankPoolClosed = true;
  if (!s) return;
  globalForPool.__rankPool = undefined;
  await s.pool.close();
}

const globalForAdmission = globalThis as unknown as { __rankAdmission?: Admission };

/**
 * How many ranking requests run at once: two per worker thread, so that the event
 * loop holds at most that many requests' own work at a time. With RANK_WORKERS=0 (the
 * single-thread baseline) there is no limit, as before the pool.
 */
export function rankingAdmission(): Admission {
  if (!globalForAdmission.__rankAdmission) {
    const e = env();
    const threads = e.RANK_WORKERS ?? defaultWorkers();
    globalForAdmission.__rankAdmission = new Admission(
      // Two per worker: one ranking computes while the other waits on Postgres.
      threads === 0 ? Number.MAX_SAFE_INTEGER : 2 * threads,
      e.RANK_QUEUE_MAX,
      e.RANK_DEADLINE_MS,
    );
  }
  return globalForAdmission.__rankAdmission;
}
