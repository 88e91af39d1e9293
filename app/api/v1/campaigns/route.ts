import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { CreateCampaignSchema, ListCampaignsQuerySchema } from "@/lib/campaigns/schemas";

// GET /api/v1/campaigns – the caller's campaigns (all campaigns for admins), newest first.
export const GET = apiRoute(
  { roles: CAMPAIGN_MANAGER_ROLES, query: ListCampaignsQuerySchema },
  async ({ user, query }) => listCampaigns(user, query),
);

// POST /api/v1/campaigns – create a DRAFT campaign for one of the caller's brands.
export const POST = apiRoute(
  { roles: CAMPAIGN_MANAGER_ROLES, body: CreateCampaignSchema },
  async ({ user, body }) =>
    Response.json({ campaign: await createCampaign(user, body) }, { status: 201 }),
);
