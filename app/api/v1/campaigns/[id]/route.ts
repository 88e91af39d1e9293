import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { assertCampaignAccess } from "@/lib/auth/ownership";
import { prisma } from "@/lib/db/client";
import { toCampaignDto } from "@/lib/campaigns/campaign-dto";
import { UpdateCampaignSchema } from "@/lib/campaigns/schemas";
import { updateCampaign } from "@/lib/campaigns/update-campaign";

const Params = z.object({ id: z.string().uuid() });

// GET /api/v1/campaigns/:id – one campaign of the caller's brands.
export const GET = apiRoute(
  { roles: CAMPAIGN_MANAGER_ROLES, params: Params },
  async ({ user, params }) => {
    await assertCampaignAccess(user, params.id);
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: params.id } });
    return { campaign: toCampaignDto(campaign) };
  },
);

// PATCH /api/v1/campaigns/:id – edit fields or move the status (DRAFT → ACTIVE ⇄ PAUSED → COMPLETED).
export const PATCH = apiRoute(
  { roles: CAMPAIGN_MANAGER_ROLES, params: Params, body: UpdateCampaignSchema },
  async ({ user, params, body }) => {
    await assertCampaignAccess(user, params.id);
    return { campaign: await updateCampaign(params.id, body) };
  },
);
