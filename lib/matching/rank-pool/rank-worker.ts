// Worker-thread entry of the ranking pool (rank-in-pool.ts). Ranks one campaign over
// the shared creator index: the columns live in SharedArrayBuffers posted with every
// task (sharing, not copying); the ids and dictionaries are rebuilt once per index
// version and kept for the next tasks. The page goes back as JSON bytes
// (encoded-ranking.ts). The same threads build the index itself (loadIndexTask,
// rebuildIndexTask: feature-store/index-builder.ts) and hand it back in shared memory.
import { setPriority } from "node:os";
import { workerData } from "node:worker_threads";
import pg from "pg";
import { CreatorIndex, type SharedCreatorIndex } from "../engine/creator-index.ts";
import {
  loadIndex,
  rebuildIndex,
  type BuiltIndex,
  type PendingRow,
} from "../feature-store/index-builder.ts";
import { rankCreators, type RankOptions } from "../engine/rank.ts";
import type { CampaignSpec } from "../engine/types.ts";
import { encodeRankResult, type EncodedRankResult } from "./encoded-ranking.ts";

export type RankTask = {
  indexVersion: number;
  index: SharedCreatorIndex;
  campaign: CampaignSpec;
  options: RankOptions;
};

// On Linux a nice value belongs to a thread, and setPriority(0, …) here sets this
// worker's alone: when the cores are busy, the request thread (health checks, pages,
// every request's own short work) and Postgres run first and rankings take the rest.
// Raising one's nice value needs no privilege; where it fails, threads share evenly.
// Elsewhere (macOS, Windows) the same call would renice the whole process, event loop
// included: Linux only.
if (process.platform === "linux") {
  try {
    setPriority(0, (workerData as { nice: number }).nice);
  } catch {
    // not permitted here: rankings then share the cores evenly
  }
}

let current: { version: number; index: CreatorIndex } | null = null;

export default function rankTask(task: RankTask): EncodedRankResult {
  if (current?.version !== task.indexVersion) {
    current = { version: task.indexVersion, index: CreatorIndex.fromShared(task.index) };
  }
  return encodeRankResult(rankCreators(current.index, task.campaign, task.options));
}

/** A built index as it crosses back to the request thread. */
export type SharedBuiltIndex = {
  image: SharedCreatorIndex;
  ids: string[];
  updatedAt: Float64Array;
  buildMs: number;
};

export type LoadIndexTask = {
  connectionString: string;
  statementTimeoutMs: number;
  connectTimeoutMs: number;
};
export type RebuildIndexTask = {
  image: SharedCreatorIndex;
  updatedAt: Float64Array;
  pending: Map<string, PendingRow>;
};

let db: pg.Pool | null = null;

export async function loadIndexTask(task: LoadIndexTask): Promise<SharedBuiltIndex> {
  if (!db) {
    db = new pg.Pool({
      connectionString: task.connectionString,
      max: 1,
      connectionTimeoutMillis: task.connectTimeoutMs,
      statement_timeout: task.statementTimeoutMs,
      idleTimeoutMillis: 1_000,
    });
    // An idle connection the server drops (a Postgres restart) must not kill this
    // thread and the rankings running on it; the next load reconnects.
    db.on("error", () => undefined);
  }
  return share(await loadIndex(db));
}

export function rebuildIndexTask(task: RebuildIndexTask): SharedBuiltIndex {
  return share(rebuildIndex(CreatorIndex.fromShared(task.image), task.updatedAt, task.pending));
}

function share(built: BuiltIndex): SharedBuiltIndex {
  return {
    image: built.index.toShared(),
    ids: built.index.ids,
    updatedAt: built.updatedAt,
    buildMs: built.buildMs,
  };
}
