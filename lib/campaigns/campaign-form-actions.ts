// Server actions behind the campaign form: the same zod schemas as POST/PATCH
// /api/v1/campaigns (lib/campaigns/schemas.ts), the same ownership check, through
// defineAction so that invalid input comes back as field messages.
import { z } from "zod";
import { defineAction } from "../api/action.ts";
import { assertCampaignAccess } from "../auth/ownership.ts";
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

export const UpdateCampaignFormSchema = z.object({
  campaignId: z.uuid(),
  patch: UpdateCampaignSchema,
});

export function updateCampaignFormAction(currentUser?: () => Promise<SessionUser | null>) {
  return defineAction(
    { input: UpdateCampaignFormSchema, roles: CAMPAIGN_MANAGER_ROLES, currentUser },
    async ({ campaignId, patch }, { user }) => {
      await assertCampaignAccess(user, campaignId);
      const campaign = await updateCampaign(campaignId, patch);
      return { id: campaign.id };
    },
  );
}
