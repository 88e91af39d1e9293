import { prisma } from "../db/client.ts";
import { AppError, conflict } from "../errors.ts";
import { canChangeCampaignStatus } from "./campaign-status.ts";
import type { UpdateCampaignInput } from "./schemas.ts";
import { toCampaignDto } from "./campaign-dto.ts";
import { toCampaignData } from "./campaign-data.ts";

/** Updates a campaign the caller has already been authorized for. */
export async function updateCampaign(campaignId: string, input: UpdateCampaignInput) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    if (input.status && !canChangeCampaignStatus(current.status, input.status)) {
      throw conflict(
        `A ${current.status.toLowerCase()} campaign cannot become ${input.status.toLowerCase()}`,
      );
    }
    const startsAt = input.startsAt ?? current.startsAt;
    const endsAt = input.endsAt ?? current.endsAt;
    if (startsAt && endsAt && endsAt < startsAt) {
      throw new AppError("validation_failed", "Some fields are invalid", {
        endsAt: ["The end date must be on or after the start date"],
      });
    }
    const updated = await tx.campaign.update({
      where: { id: campaignId },
      data: { ...toCampaignData(input), status: input.status },
    });
    return toCampaignDto(updated);
  });
}
