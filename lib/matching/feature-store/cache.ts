// The in-memory image of the feature store that rankings scan. Loaded once with one
// COPY, then kept fresh by fetching only rows with `updated_at` past a watermark and
// rebuilding the columnar index when something changed. Loads and refreshes are
// single-flight: concurrent requests share one database round trip and one rebuild.
// A big index is refreshed in the background (stale-while-revalidate: a ranking never
// waits for a rebuild of a million rows); a small one is refreshed before answering,
// so that a change is visible to the very next request. Refreshes and rebuilds are
// spaced by ten times their last duration, so that a bulk rewrite of the table (the
// hourly channel refresh) costs the app at most a tenth of a core, and the index
// catches up with it in a few large steps rather than thousands of small ones.
import type pg from "pg";
import type { CreatorIndex } from "../engine/creator-index.ts";
import { streamCreatorFeatures } from "./read.ts";
import {
  inlineIndexBuilder,
  type BuiltIndex,
  type IndexBuilder,
  type PendingRow,
} from "./index-builder.ts";

export type FeatureIndexCacheOptions = {
  /** How often a ranking triggers a refresh check (ms). Default 1000. */
  checkIntervalMs?: number;
  /**
   * How far back each incremental fetch re-reads. A row carries its writing
   * statement's start time but becomes visible at commit; a write that commits
   * within this time is never missed. The only writer, upsertCreatorFeatures, is one
   * autocommit statement of at most a batch of rows, well under this. Default 2 s.
   */
  overlapMs?: number;
  /** How often the row count is compared, to notice deleted creators (ms). Default 30 s. */
  recountIntervalMs?: number;
  /** Below this many creators a ranking waits for a due refresh. Default 50,000. */
  syncRefreshBelow?: number;
  /** Time source (tests). */
  clock?: () => number;
  /** Where background refresh failures are reported. */
  onError?: (error: unknown) => void;
  /** Where loads and rebuilds run. Default: on this thread. */
  builder?: IndexBuilder;
};

export type FeatureIndexStats = {
  size: number;
  loads: number;
  refreshes: number;
  rebuilds: number;
  /** Last full load: rows streamed and parsed (ms). */
  loadMs: number;
  /** Last CreatorIndex.build (ms). */
  buildMs: number;
};

type State = {
  index: CreatorIndex;
  // updated_at (epoch ms) per index slot, to tell real changes from re-reads
  updatedAt: Float64Array;
  // rows fetched since the last build, by creator id
  pending: Map<string, PendingRow>;
};

export class FeatureIndexCache {
  private readonly checkIntervalMs: number;
  private readonly overlapMs: number;
  private readonly recountIntervalMs: number;
  private readonly syncRefreshBelow: number;
  private readonly clock: () => number;
  private readonly onError: (error: unknown) => void;
  private readonly builder: IndexBuilder;

  private state: State | null = null;
  private watermarkMs = 0;
  private lastCheck = 0;
  private lastRefreshMs = 0;
  private lastRecount = 0;
  private lastBuildAt = 0;
  private inflight: Promise<CreatorIndex> | null = null;
  private readonly counters: FeatureIndexStats = {
    size: 0,
    loads: 0,
    refreshes: 0,
    rebuilds: 0,
    loadMs: 0,
    buildMs: 0,
  };

  constructor(
    private readonly pool: pg.Pool,
    options: FeatureIndexCacheOptions = {},
  ) {
    this.checkIntervalMs = options.checkIntervalMs ?? 1000;
    this.overlapMs = options.overlapMs ?? 2_000;
    this.recountIntervalMs = options.recountIntervalMs ?? 30_000;
    this.syncRefreshBelow = options.syncRefreshBelow ?? 50_000;
    this.clock = options.clock ?? Date.now;
    this.onError = options.onError ?? (() => undefined);
    this.builder = options.builder ?? inlineIndexBuilder(pool);
  }

  /** The current index: loaded on first use, refreshed when a check is due. */
  async get(): Promise<CreatorIndex> {
    const state = this.state;
    if (!state) return this.inflight ?? this.singleFlight(() => this.loadAll());
    const gap = Math.max(this.checkIntervalMs, 10 * this.lastRefreshMs);
    if (this.clock() - this.lastCheck < gap) return state.index;
    const refreshing = this.inflight ?? this.singleFlight(() => this.refreshOnce());
    if (state.index.size < this.syncRefreshBelow) return refreshing;
    // Big index: answer from the current one; the refresh swaps in a new one when done.
    refreshing.catch((error) => this.onError(error));
    return state.index;
  }

  /** Refreshes and rebuilds now, and waits for it (after a bulk write, in tests). */
  async refresh(): Promise<CreatorIndex> {
    // A loop, not an if: two callers waiting on the same flight both wake up, and only
    // the first may start the next one (flights never overlap: see refreshOnce).
    while (this.inflight) await this.inflight.catch(() => undefined);
    return this.singleFlight(() => (this.state ? this.refreshOnce(true) : this.loadAll()));
  }

  /** Loads everything from scratch and waits for it. */
  async reload(): Promise<CreatorIndex> {
    while (this.inflight) await this.inflight.catch(() => undefined);
    return this.singleFlight(() => this.loadAll());
  }

  /** Resolves when no load or refresh is running (tests, benches). */
  async idle(): Promise<void> {
    while (this.inflight) await this.inflight.catch(() => undefined);
  }

  stats(): FeatureIndexStats {
    return { ...this.counters, size: this.state?.index.size ?? 0 };
  }

  private singleFlight(run: () => Promise<CreatorIndex>): Promise<CreatorIndex> {
    const p = run().finally(() => {
      if (this.inflight === p) this.inflight = null;
    });
    this.inflight = p;
    return p;
  }

  private async dbNowMs(): Promise<number> {
    const { rows } = await this.pool.query<{ ms: number }>(
      "SELECT (extract(epoch FROM now()) * 1000)::float8 AS ms",
    );
    return rows[0].ms;
  }

  private async loadAll(): Promise<CreatorIndex> {
    const started = performance.now();
    // Read the database clock before the snapshot: everything committed by then is
    // in the COPY, and the next refresh starts from here minus the overlap.
    const dbNow = await this.dbNowMs();
    const built = await this.builder.load();
    this.counters.loadMs = performance.now() - started;
    this.counters.loads++;
    this.built(built);
    this.state = { index: built.index, updatedAt: built.updatedAt, pending: new Map() };
    this.watermarkMs = dbNow - this.overlapMs;
    this.lastCheck = this.clock();
    this.lastRecount = this.lastCheck;
    return built.index;
  }

  private async refreshOnce(force = false): Promise<CreatorIndex> {
    const started = performance.now();
    const state = this.state!;
    const dbNow = await this.dbNowMs();
    await streamCreatorFeatures(
      this.pool,
      (f, u) => {
        // Rows inside the overlap window come back unchanged; only real writes count.
        const pending = state.pending.get(f.id);
        let known = pending?.updatedAt;
        if (known === undefined) {
          const slots = state.index.slotsOf(f.id);
          if (slots.length > 0) known = state.updatedAt[slots[0]];
        }
        if (known !== u) state.pending.set(f.id, { features: f, updatedAt: u });
      },
      { sinceMs: this.watermarkMs },
    );
    this.counters.refreshes++;
    this.watermarkMs = dbNow - this.overlapMs;
    this.lastCheck = this.clock();

    if (this.lastCheck - this.lastRecount >= this.recountIntervalMs) {
      this.lastRecount = this.lastCheck;
      const { rows } = await this.pool.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM creator_features",
      );
      // A count that differs from what we hold means creators were deleted (by
      // cascade), which leaves no updated_at trace. Rare enough that a full reload
      // is the simple answer.
      let added = 0;
      for (const id of state.pending.keys()) if (state.index.slotsOf(id).length === 0) added++;
      if (rows[0].n !== state.index.size + added) return this.loadAll();
    }
    const small = state.index.size < this.syncRefreshBelow;
    const spaced = this.clock() - this.lastBuildAt >= 10 * this.counters.buildMs;
    if (state.pending.size > 0 && (force || small || spaced)) {
      // Flights never overlap, so nothing adds to `pending` or swaps the index while
      // the rebuild runs (in a worker: it is awaited). A failed rebuild keeps the rows
      // pending for the next refresh.
      const built = await this.builder.rebuild(state.index, state.updatedAt, state.pending);
      state.pending.clear();
      this.built(built);
      state.index = built.index;
      state.updatedAt = built.updatedAt;
    }
    this.lastRefreshMs = performance.now() - started;
    return state.index;
  }

  private built(b: BuiltIndex): void {
    this.counters.buildMs = b.buildMs;
    this.counters.rebuilds++;
    this.lastBuildAt = this.clock();
  }
}

// One cache per process, surviving Next.js hot reloads in development.
const globalForIndex = globalThis as unknown as { __creatorIndexCache?: FeatureIndexCache };

/** The app's feature index over lib/db/client's pool. */
export async function getCreatorIndex(): Promise<CreatorIndex> {
  return (await getFeatureIndexCache()).get();
}

export async function getFeatureIndexCache(): Promise<FeatureIndexCache> {
  if (!globalForIndex.__creatorIndexCache) {
    // Imported lazily so that scripts using their own pool never open the app's.
    const [{ pool }, { log }, { indexBuilderInPool }] = await Promise.all([
      import("../../db/client.ts"),
      import("../../log.ts"),
      import("../rank-pool/rank-in-pool.ts"),
    ]);
    globalForIndex.__creatorIndexCache ??= new FeatureIndexCache(pool, {
      // Built in the ranking threads: a load or rebuild never holds the event loop.
      builder: indexBuilderInPool(pool),
      onError: (err) =>
        log.error({ err }, "feature index refresh failed; serving the previous index"),
    });
  }
  return globalForIndex.__creatorIndexCache;
}
