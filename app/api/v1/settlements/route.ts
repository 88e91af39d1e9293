// GET /api/v1/settlements[?status=] – settlements the caller may see: a brand's own, a
// creator's own (with the status timeline), all for admins.
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { listSettlements } from "@/lib/settlement/list-settlements";
import { SettlementListQuery, SettlementListResponseSchema } from "@/lib/settlement/schemas";
import { settlementScopeOf } from "@/lib/settlement/scope";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  {
    query: SettlementListQuery,
    docs: {
      summary: "Settlements",
      description:
        "A brand's own, a creator's own (with the status history), all for admins; newest first, at most 500. Amounts are decimal strings of minor units.",
      tag: "settlement",
      response: { schema: SettlementListResponseSchema },
    },
  },
  async ({ user, query }) => ({
    settlements: await listSettlements(pool, settlementScopeOf(user), { status: query.status }),
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
