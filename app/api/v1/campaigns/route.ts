import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { CAMPAIGN_EXAMPLE, CREATE_CAMPAIGN_EXAMPLE } from "@/lib/campaigns/examples";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import {
  CampaignPageSchema,
  CampaignResponseSchema,
  CreateCampaignSchema,
  ListCampaignsQuerySchema,
} from "@/lib/campaigns/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

// GET /api/v1/campaigns – the caller's campaigns (all campaigns for admins), newest first.
export const GET = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    query: ListCampaignsQuerySchema,
    docs: {
      summary: "List campaigns",
      description:
        "The brand's campaigns (every brand's for admins), newest first, paged by cursor.",
      response: { schema: CampaignPageSchema },
      examples: {
        query: { status: "ACTIVE", limit: "20" },
        response: { campaigns: [CAMPAIGN_EXAMPLE], nextCursor: null },
      },
    },
  },
  async ({ user, query }) => listCampaigns(user, query),
);

// POST /api/v1/campaigns – create a DRAFT campaign for one of the caller's brands.
export const POST = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    body: CreateCampaignSchema,
    docs: {
      summary: "Create a campaign",
      description:
        "A DRAFT campaign for one of the caller's brands (`brandId` may be left out when the caller has one brand; a token's brand is its own).",
      response: { status: 201, schema: CampaignResponseSchema },
      examples: { body: CREATE_CAMPAIGN_EXAMPLE, response: { campaign: CAMPAIGN_EXAMPLE } },
    },
  },
  async ({ user, body }) =>
    Response.json({ campaign: await createCampaign(user, body) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
