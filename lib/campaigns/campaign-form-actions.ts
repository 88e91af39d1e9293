// Server actions behind the campaign form: the same zod schemas as POST/PATCH
// /api/v1/campaigns (lib/campaigns/schemas.ts), the same ownership check, through
// defineAction so that invalid input comes back as field messages.
import { z } from "zod";
import { defineAction } from "../api/action.ts";
import { CAMPAIGN_MANAGER_ROLES } from "../auth/roles.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { createCampaign } from "./create-campaign.ts";
import { CreateCampaignSchema, UpdateCampaignSchema } from "./schemas.ts";
import { updateCampaign } from "./update-campaign.ts";

export function createCampaignFormAction(currentUser?: () => Promise<SessionUser | null>) {
  return defineAction(
    { input: CreateCampaignSchema, roles: CAMPAIGN_MANAGER_ROLES, currentUser },
    async (input, { user }) => {
      const campaign = await createCampaign(user, input);
      return { id: campaign.id };
    },
  );
}

export const UpdateCampaignFormSchema = z.strictObject({
  campaignId: z.uuid(),
  patch: UpdateCampaignSchema,
});

export function updateCampaignFormAction(currentUser?: () => Promise<SessionUser | null>) {
  return defineAction(
    { input: UpdateCampaignFormSchema, roles: CAMPAIGN_MANAGER_ROLES, currentUser },
    async ({ campaignId, patch }, { user }) => {
      // scoped to the user's brands inside (404 otherwise), as PATCH /api/v1/campaigns/:id
      const campaign = await updateCampaign(user, campaignId, patch);
      return { id: campaign.id };
    },
  );
}
