// Worker-thread entry of the ranking pool (rank-in-pool.ts). Ranks one campaign over
// the shared creator index: the columns live in SharedArrayBuffers posted with every
// task (sharing, not copying); the ids and dictionaries are rebuilt once per index
// version and kept for the next tasks.
import { setPriority } from "node:os";
import { workerData } from "node:worker_threads";
import { CreatorIndex, type SharedCreatorIndex } from "../engine/creator-index.ts";
import { rankCreators, type RankOptions } from "../engine/rank.ts";
import type { CampaignSpec, RankResult } from "../engine/types.ts";

export type RankTask = {
  indexVersion: number;
  index: SharedCreatorIndex;
  campaign: CampaignSpec;
  options: RankOptions;
};

// With RANK_WORKER_NICE set, rankings yield the CPU to the event loop. On Linux a nice value belongs to a thread,
// and setPriority(0, …) called here applies to this worker's thread only: when the
// cores are busy, the scheduler runs the request thread (health checks, pages, the
// short non-ranking work of every request) first and gives rankings the rest, instead
// of sharing the cores evenly and answering a 2 ms health check after 100 ms.
// (Raising a nice value needs no privilege; elsewhere the call may fail harmlessly.)
const nice = (workerData as { nice?: number } | undefined)?.nice ?? 0;
if (nice !== 0) {
  try {
    setPriority(0, nice);
  } catch {
    // not permitted here: rankings then share the cores evenly
  }
}

let current: { version: number; index: CreatorIndex } | null = null;

export default function rankTask(task: RankTask): RankResult {
  if (current?.version !== task.indexVersion) {
    current = { version: task.indexVersion, index: CreatorIndex.fromShared(task.index) };
  }
  return rankCreators(current.index, task.campaign, task.options);
}
