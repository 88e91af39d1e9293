import type { CreateCampaignInput, UpdateCampaignInput } from "./schemas.ts";

type CampaignFields = Omit<CreateCampaignInput, "brandId"> | UpdateCampaignInput;

/** Maps validated input to the campaigns row; fields left out stay undefined (unchanged). */
export function toCampaignData(input: CampaignFields) {
  const t = input.targetAudience;
  return {
    title: input.title,
    productName: input.productName,
    productUrl: input.productUrl,
    description: input.description,
    category: input.category,
    type: input.type,
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
  };
}
