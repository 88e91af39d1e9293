// Worker-thread entry of the ranking pool (rank-in-pool.ts). Ranks one campaign over
// the shared creator index: the columns live in SharedArrayBuffers posted with every
// task (sharing, not copying); the ids and dictionaries are rebuilt once per index
// version and kept for the next tasks.
import { CreatorIndex, type SharedCreatorIndex } from "../engine/creator-index.ts";
import { rankCreators, type RankOptions } from "../engine/rank.ts";
import type { CampaignSpec, RankResult } from "../engine/types.ts";

export type RankTask = {
  indexVersion: number;
  index: SharedCreatorIndex;
  campaign: CampaignSpec;
  options: RankOptions;
};

let current: { version: number; index: CreatorIndex } | null = null;

export default function rankTask(task: RankTask): RankResult {
  if (current?.version !== task.indexVersion) {
    current = { version: task.indexVersion, index: CreatorIndex.fromShared(task.index) };
  }
  return rankCreators(current.index, task.campaign, task.options);
}
