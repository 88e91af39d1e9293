import type { CampaignStatus } from "../db/generated/enums.ts";

// DRAFT -> ACTIVE <-> PAUSED -> COMPLETED; a completed campaign is final.
const NEXT: Record<CampaignStatus, readonly CampaignStatus[]> = {
  DRAFT: ["ACTIVE"],
  ACTIVE: ["PAUSED", "COMPLETED"],
  PAUSED: ["ACTIVE", "COMPLETED"],
  COMPLETED: [],
};

/** The statuses a campaign in `from` may move to next. */
export function nextCampaignStatuses(from: CampaignStatus): readonly CampaignStatus[] {
  return NEXT[from];
}

export function canChangeCampaignStatus(from: CampaignStatus, to: CampaignStatus): boolean {
  return from === to || NEXT[from].includes(to);
}
