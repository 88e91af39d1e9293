import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { listCampaignStatusChanges } from "@/lib/campaigns/list-campaign-status-changes";
import { CampaignStatusHistorySchema } from "@/lib/campaigns/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

const Params = z.strictObject({ id: z.uuid() });

// GET /api/v1/campaigns/:id/status-history – the campaign's status moves, oldest first
export const GET = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    params: Params,
    docs: {
      summary: "A campaign's status history",
      description:
        "Created as a draft, then every move (DRAFT → ACTIVE ⇄ PAUSED → COMPLETED) with who made it and when. A draft's first proposal makes it active under the proposal's sender.",
      response: { schema: CampaignStatusHistorySchema },
      examples: {
        response: {
          items: [
            {
              id: "0b7f4c1e-2d3a-4e5f-8a9b-1c2d3e4f5a6b",
              from: null,
              to: "DRAFT",
              at: "2026-11-02T09:00:00.000Z",
              by: "김지현",
            },
            {
              id: "1c8a5d2f-3e4b-4f6a-9b0c-2d3e4f5a6b7c",
              from: "DRAFT",
              to: "ACTIVE",
              at: "2026-11-03T10:30:00.000Z",
              by: "김지현",
            },
          ],
        },
      },
    },
  },
  async ({ user, params }) => ({ items: await listCampaignStatusChanges(user, params.id) }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
