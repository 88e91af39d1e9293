import { prisma } from "../db/client.ts";
import { AppError, conflict } from "../errors.ts";
import { canChangeCampaignStatus } from "./campaign-status.ts";
import type { UpdateCampaignInput } from "./schemas.ts";
import { toCampaignDto } from "./campaign-dto.ts";

/** Updates a campaign the caller has already been authorized for. */
export async function updateCampaign(campaignId: string, input: UpdateCampaignInput) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    if (input.status && !canChangeCampaignStatus(current.status, input.status)) {
      throw conflict(`A ${current.status.toLowerCase()} campaign cannot become ${input.status.toLowerCase()}`);
    }
    const startsAt = input.startsAt ?? current.startsAt;
    const endsAt = input.endsAt ?? current.endsAt;
    if (startsAt && endsAt && endsAt < startsAt) {
      throw new AppError("validation_failed", "Some fields are invalid", {
        endsAt: ["The end date must be on or after the start date"],
      });
    }
    const t = input.targetAudience;
    const updated = await tx.campaign.update({
      where: { id: campaignId },
      data: {
        title: input.title,
        productName: input.productName,
        productUrl: input.productUrl,
        description: input.description,
        category: input.category,
        type: input.type,
        status: input.status,
        platforms: input.platforms,
        budget: input.budget === undefined ? undefined : BigInt(input.budget),
        currency: input.currency,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        ...(t
          ? {
              targetAgeRanges: t.ageRanges,
              targetGenders: t.genders,
              targetCountries: t.countries,
              targetRegions: t.regions,
              targetInterests: t.interests,
            }
          : {}),
        matchingWeights: input.matchingWeights,
        matchingFilters: input.matchingFilters,
      },
    });
    return toCampaignDto(updated);
  });
}
