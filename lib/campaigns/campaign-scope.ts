// Which campaigns a user may reach, as a filter every campaign query carries in its own
// SQL: a caller cannot forget the ownership check by calling a function with a bare id.
import type { SessionUser } from "../auth/session-user.ts";
import type { Prisma } from "../db/generated/client.ts";
import { forbidden } from "../errors.ts";

export function campaignScope(user: SessionUser): Prisma.CampaignWhereInput {
  if (user.role === "ADMIN") return {};
  if (user.role === "BRAND_MANAGER") return { brandId: { in: user.brandIds } };
  throw forbidden("Only the campaign's brand can do this");
}

/** The same rule for raw SQL: the brand ids to match, or null for "every brand" (admins). */
export function scopedBrandIds(user: SessionUser): string[] | null {
  if (user.role === "ADMIN") return null;
  if (user.role === "BRAND_MANAGER") return user.brandIds;
  throw forbidden("Only the campaign's brand can do this");
}
