// Server actions on campaigns, built with defineAction so that they check the session,
// the role, the input and the ownership exactly like the JSON API.
import { z } from "zod";
import { defineAction } from "../api/action.ts";
import { CAMPAIGN_MANAGER_ROLES } from "../auth/roles.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { changeCampaignStatus } from "./change-campaign-status.ts";
import { CAMPAIGN_STATUSES } from "./schemas.ts";

export const ChangeCampaignStatusSchema = z.strictObject({
  campaignId: z.uuid(),
  status: z.enum(CAMPAIGN_STATUSES),
});

export function changeCampaignStatusAction(currentUser?: () => Promise<SessionUser | null>) {
  return defineAction(
    { input: ChangeCampaignStatusSchema, roles: CAMPAIGN_MANAGER_ROLES, currentUser },
    async ({ campaignId, status }, { user }) => {
      const campaign = await changeCampaignStatus(user, campaignId, status);
      return { id: campaign.id, status: campaign.status };
    },
  );
}
