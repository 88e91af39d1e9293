import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { UpdateCampaignSchema } from "@/lib/campaigns/schemas";
import { updateCampaign } from "@/lib/campaigns/update-campaign";

const Params = z.strictObject({ id: z.uuid() });

// GET /api/v1/campaigns/:id – one campaign of the caller's brands.
export const GET = apiRoute(
  { roles: CAMPAIGN_MANAGER_ROLES, params: Params },
  async ({ user, params }) => ({ campaign: await getCampaign(user, params.id) }),
);

// PATCH /api/v1/campaigns/:id – change the named fields and/or move the status
// (DRAFT → ACTIVE ⇄ PAUSED → COMPLETED; a completed campaign is final).
export const PATCH = apiRoute(
  { roles: CAMPAIGN_MANAGER_ROLES, params: Params, body: UpdateCampaignSchema },
  async ({ user, params, body }) => ({
    campaign: await updateCampaign(user, params.id, body),
  }),
);
