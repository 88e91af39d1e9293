// The JSON shape of a campaign in API responses: bigint money as numbers (safe far
// beyond any real budget), dates as ISO strings, target audience grouped.
import type { Campaign } from "../db/generated/client.ts";

export function toCampaignDto(c: Campaign) {
  return {
    id: c.id,
    brandId: c.brandId,
    title: c.title,
    productName: c.productName,
    productUrl: c.productUrl,
    description: c.description,
    category: c.category,
    type: c.type,
    status: c.status,
    platforms: c.platforms,
    budget: Number(c.budget),
    currency: c.currency,
    startsAt: c.startsAt?.toISOString() ?? null,
    endsAt: c.endsAt?.toISOString() ?? null,
    targetAudience: {
      ageRanges: c.targetAgeRanges,
      genders: c.targetGenders,
      countries: c.targetCountries,
      regions: c.targetRegions,
      interests: c.targetInterests,
    },
    matchingWeights: c.matchingWeights,
    matchingFilters: c.matchingFilters,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export type CampaignDto = ReturnType<typeof toCampaignDto>;
