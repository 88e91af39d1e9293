import type { SessionUser } from "../auth/session-user.ts";
import type { CampaignStatus } from "../db/generated/enums.ts";
import { updateCampaign } from "./update-campaign.ts";

/** Moves one of the user's campaigns along DRAFT → ACTIVE ⇄ PAUSED → COMPLETED. */
export async function changeCampaignStatus(
  user: SessionUser,
  campaignId: string,
  status: CampaignStatus,
) {
  return updateCampaign(user, campaignId, { status });
}
