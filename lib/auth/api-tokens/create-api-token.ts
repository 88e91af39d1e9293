// A new token for one of the manager's brands. The secret is in this answer and
// nowhere else: only its hash is stored.
import { prisma } from "../../db/client.ts";
import { conflict, notFound } from "../../errors.ts";
import type { SessionUser } from "../session-user.ts";
import { API_TOKEN_LIMITS, type ApiTokenView, type CreateApiTokenInput } from "./schemas.ts";
import { generateApiToken } from "./token-format.ts";
import { API_TOKEN_VIEW_SELECT, toApiTokenView } from "./to-view.ts";

export async function createApiToken(
  user: SessionUser,
  input: CreateApiTokenInput,
): Promise<{ token: ApiTokenView; secret: string }> {
  // A token acts as a manager of its brand, so only such a manager makes one (an admin
  // is not a member and would mint access they do not hold themselves).
  if (user.role !== "BRAND_MANAGER" || !user.brandIds.includes(input.brandId)) {
    throw notFound("Brand");
  }
  const { token, prefix, secretHash } = generateApiToken();
  const row = await prisma.$transaction(async (tx) => {
    // The brand row lock serialises concurrent creations, so the cap holds.
    await tx.$executeRaw`select 1 from brands where id = ${input.brandId}::uuid for update`;
    const live = await tx.apiToken.count({ where: { brandId: input.brandId, revokedAt: null } });
    if (live >= API_TOKEN_LIMITS.livePerBrand) {
      throw conflict(
        `A brand may have at most ${API_TOKEN_LIMITS.livePerBrand} live tokens; revoke one first`,
      );
    }
    return tx.apiToken.create({
      data: {
        brandId: input.brandId,
        createdById: user.id,
        name: input.name,
        prefix,
        secretHash: new Uint8Array(secretHash),
        scopes: [...input.scopes],
      },
      select: API_TOKEN_VIEW_SELECT,
    });
  });
  return { token: toApiTokenView(row), secret: token };
}
