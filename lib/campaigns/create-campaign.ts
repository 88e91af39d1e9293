import { prisma } from "../db/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { canManageBrand } from "../auth/ownership.ts";
import { AppError, forbidden } from "../errors.ts";
import type { CreateCampaignInput } from "./schemas.ts";
import { toCampaignDto } from "./campaign-dto.ts";

/** Creates a DRAFT campaign for one of the user's brands. */
export async function createCampaign(user: SessionUser, input: CreateCampaignInput) {
  const brandId = input.brandId ?? soleBrandOf(user);
  if (!canManageBrand(user, brandId)) throw forbidden("You do not manage this brand");
  const { targetAudience: t } = input;
  const campaign = await prisma.campaign.create({
    data: {
      brandId,
      createdById: user.id,
      title: input.title,
      productName: input.productName,
      productUrl: input.productUrl,
      description: input.description,
      category: input.category,
      type: input.type,
      platforms: input.platforms,
      budget: BigInt(input.budget),
      currency: input.currency,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      targetAgeRanges: t.ageRanges,
      targetGenders: t.genders,
      targetCountries: t.countries,
      targetRegions: t.regions,
      targetInterests: t.interests,
      matchingWeights: input.matchingWeights,
      matchingFilters: input.matchingFilters,
    },
  });
  return toCampaignDto(campaign);
}

function soleBrandOf(user: SessionUser): string {
  if (user.brandIds.length === 1) return user.brandIds[0];
  throw new AppError("validation_failed", "Say which brand the campaign is for", {
    brandId: [user.brandIds.length ? "Required: you manage more than one brand" : "You manage no brand"],
  });
}
