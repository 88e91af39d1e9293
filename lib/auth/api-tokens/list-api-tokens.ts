import { prisma } from "../../db/client.ts";
import type { SessionUser } from "../session-user.ts";
import { API_TOKEN_LIMITS, type ApiTokenView } from "./schemas.ts";
import { API_TOKEN_VIEW_SELECT, toApiTokenView } from "./to-view.ts";

/** The tokens of the manager's brands, live first, newest first; never a secret. */
export async function listApiTokens(user: SessionUser): Promise<ApiTokenView[]> {
  if (user.role !== "BRAND_MANAGER" || user.brandIds.length === 0) return [];
  const rows = await prisma.apiToken.findMany({
    where: { brandId: { in: user.brandIds } },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: API_TOKEN_LIMITS.listed,
    select: API_TOKEN_VIEW_SELECT,
  });
  return rows.map(toApiTokenView);
}
