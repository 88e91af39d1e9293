// Building the feature index: a full load (COPY every row, then CreatorIndex.build) or a
// rebuild (the current index with the rows changed since, read back and built anew).
// At 100,000 creators a rebuild is ~0.8 s of CPU and a load more: on the request
// thread that is 0.8 s during which no page or health check is answered. So the app
// builds in its ranking threads (rank-pool/rank-worker.ts), which hand the finished
// index back in shared memory; scripts and tests may build inline.
import type pg from "pg";
import { CreatorIndex } from "../engine/creator-index.ts";
import type { CreatorFeatures } from "../engine/types.ts";
import { streamCreatorFeatures } from "./read.ts";

export type PendingRow = { features: CreatorFeatures; updatedAt: number };

export type BuiltIndex = {
  index: CreatorIndex;
  /** updated_at (epoch ms) per index slot */
  updatedAt: Float64Array;
  /** time spent in CreatorIndex.build (ms) */
  buildMs: number;
};

export type IndexBuilder = {
  /** Every row of creator_features, read now. */
  load(): Promise<BuiltIndex>;
  /** `index` with `pending` (by creator id) replacing or adding slots. */
  rebuild(
    index: CreatorIndex,
    updatedAt: Float64Array,
    pending: Map<string, PendingRow>,
  ): Promise<BuiltIndex>;
};

export async function loadIndex(pool: pg.Pool): Promise<BuiltIndex> {
  const features: CreatorFeatures[] = [];
  const updatedAt: number[] = [];
  await streamCreatorFeatures(pool, (f, u) => {
    features.push(f);
    updatedAt.push(u);
  });
  return timedBuild(features, updatedAt);
}

// Only the columnar index is kept, not the feature objects it was built from (a
// million of those take over a gigabyte): a rebuild reads unchanged creators back
// out of the index, which is lossless for what the index stores.
export function rebuildIndex(
  index: CreatorIndex,
  updatedAtBySlot: Float64Array,
  pending: Map<string, PendingRow>,
): BuiltIndex {
  const left = new Map(pending);
  const features: CreatorFeatures[] = new Array(index.size);
  const updatedAt: number[] = new Array(index.size);
  for (let i = 0; i < index.size; i++) {
    const p = left.get(index.ids[i]);
    if (p) {
      features[i] = p.features;
      updatedAt[i] = p.updatedAt;
      left.delete(index.ids[i]);
    } else {
      features[i] = index.featuresAt(i);
      updatedAt[i] = updatedAtBySlot[i];
    }
  }
  // what is left is new
  for (const p of left.values()) {
    features.push(p.features);
    updatedAt.push(p.updatedAt);
  }
  return timedBuild(features, updatedAt);
}

function timedBuild(features: CreatorFeatures[], updatedAt: number[]): BuiltIndex {
  const started = performance.now();
  const index = CreatorIndex.build(features);
  return {
    index,
    updatedAt: Float64Array.from(updatedAt),
    buildMs: performance.now() - started,
  };
}

/** Builds on the calling thread (scripts, tests, RANK_WORKERS=0). */
export function inlineIndexBuilder(pool: pg.Pool): IndexBuilder {
  return {
    load: () => loadIndex(pool),
    rebuild: async (index, updatedAt, pending) => rebuildIndex(index, updatedAt, pending),
  };
}
