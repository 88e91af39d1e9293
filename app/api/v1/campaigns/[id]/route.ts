import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { CAMPAIGN_EXAMPLE } from "@/lib/campaigns/examples";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { CampaignResponseSchema, UpdateCampaignSchema } from "@/lib/campaigns/schemas";
import { updateCampaign } from "@/lib/campaigns/update-campaign";
import { otherMethods } from "@/lib/api/method-not-allowed";

const Params = z.strictObject({ id: z.uuid() });

// GET /api/v1/campaigns/:id – one campaign of the caller's brands.
export const GET = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    params: Params,
    docs: {
      summary: "Get a campaign",
      response: { schema: CampaignResponseSchema },
      examples: { response: { campaign: CAMPAIGN_EXAMPLE } },
    },
  },
  async ({ user, params }) => ({ campaign: await getCampaign(user, params.id) }),
);

// PATCH /api/v1/campaigns/:id – change the named fields and/or move the status
// (DRAFT → ACTIVE ⇄ PAUSED → COMPLETED; a completed campaign is final).
export const PATCH = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    params: Params,
    body: UpdateCampaignSchema,
    docs: {
      summary: "Change a campaign",
      description:
        "Changes exactly the fields named (`null` clears an optional one) and/or moves the status (DRAFT → ACTIVE ⇄ PAUSED → COMPLETED; completed is final). Send the `version` you read to get 409 when someone wrote since.",
      response: { schema: CampaignResponseSchema },
      examples: {
        body: { status: "ACTIVE", budget: 15000000, version: 1 },
        response: {
          campaign: { ...CAMPAIGN_EXAMPLE, status: "ACTIVE", budget: 15000000, version: 2 },
        },
      },
    },
  },
  async ({ user, params, body }) => ({
    campaign: await updateCampaign(user, params.id, body),
  }),
);

export const { POST, PUT, DELETE, OPTIONS } = otherMethods({ GET, PATCH });
