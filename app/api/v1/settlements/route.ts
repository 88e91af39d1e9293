// GET /api/v1/settlements[?status=] – settlements the caller may see: a brand's own, a
// creator's own (with the status timeline), all for admins.
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { listSettlements } from "@/lib/settlement/list-settlements";
import { SettlementListQuery } from "@/lib/settlement/schemas";
import { settlementScopeOf } from "@/lib/settlement/scope";

export const GET = apiRoute({ query: SettlementListQuery }, async ({ user, query }) => ({
  settlements: await listSettlements(pool, settlementScopeOf(user), { status: query.status }),
}));
