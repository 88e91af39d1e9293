// Revoking ends a token at once: the next request with it is 401. Any manager of the
// token's brand may revoke it (someone who left may have made it). Revoking twice
// keeps the first time.
import { prisma } from "../../db/client.ts";
import { notFound } from "../../errors.ts";
import type { SessionUser } from "../session-user.ts";
import type { ApiTokenView } from "./schemas.ts";
import { API_TOKEN_VIEW_SELECT, toApiTokenView } from "./to-view.ts";

export async function revokeApiToken(user: SessionUser, tokenId: string): Promise<ApiTokenView> {
  if (user.role !== "BRAND_MANAGER") throw notFound("Token");
  // Tenant scope in the statement itself: another brand's token id matches no row.
  const where = { id: tokenId, brandId: { in: user.brandIds } };
  await prisma.apiToken.updateMany({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const row = await prisma.apiToken.findFirst({ where, select: API_TOKEN_VIEW_SELECT });
  if (!row) throw notFound("Token");
  return toApiTokenView(row);
}
