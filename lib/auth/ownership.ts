// Ownership rules, in one place. A brand manager reaches only their brands' data, a
// creator only their own profile and proposals, an admin everything. Not-owned data
// answers 404 rather than 403 so that ids of other tenants cannot be probed.
import { prisma } from "../db/client.ts";
import { forbidden, notFound } from "../errors.ts";
import type { SessionUser } from "./session-user.ts";

export function canManageBrand(user: SessionUser, brandId: string): boolean {
  return (
    user.role === "ADMIN" || (user.role === "BRAND_MANAGER" && user.brandIds.includes(brandId))
  );
}

/** Returns the campaign's brand id if the user may manage the campaign; throws otherwise. */
export async function assertCampaignAccess(user: SessionUser, campaignId: string) {
  if (user.role === "CREATOR") throw forbidden("Only the campaign's brand can do this");
  const campaign = await prisma.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, brandId: true },
  });
  if (!campaign || !canManageBrand(user, campaign.brandId)) throw notFound("Campaign");
  return campaign;
}
