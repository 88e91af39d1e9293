import type { SessionUser } from "../auth/session-user.ts";
import { prisma } from "../db/client.ts";
import { notFound } from "../errors.ts";
import { toCampaignDto } from "./campaign-dto.ts";
import { campaignScope } from "./campaign-scope.ts";

/** One of the user's campaigns; 404 when it does not exist or is another brand's. */
export async function getCampaign(user: SessionUser, campaignId: string) {
  const campaign = await prisma.campaign.findFirst({
    where: { id: campaignId, ...campaignScope(user) },
  });
  if (!campaign) throw notFound("Campaign");
  return toCampaignDto(campaign);
}
