import { Prisma } from "../db/generated/client.ts";
import type { CreateCampaignInput, UpdateCampaignInput } from "./schemas.ts";

type CampaignFields = Omit<CreateCampaignInput, "brandId"> | UpdateCampaignInput;

/**
 * Maps validated input to campaigns columns. A field the input does not name stays
 * undefined (unchanged); null clears it. Inside the target audience each list maps on
 * its own, so a PATCH of `targetAudience.regions` leaves the other lists alone.
 */
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
    targetAgeRanges: t?.ageRanges,
    targetGenders: t?.genders,
    targetCountries: t?.countries,
    targetRegions: t?.regions,
    targetInterests: t?.interests,
    matchingWeights: json(input.matchingWeights),
    matchingFilters: json(input.matchingFilters),
  };
}

// Prisma spells "set this JSON column to SQL NULL" as DbNull.
function json<T extends object>(v: T | null | undefined) {
  return v === null ? Prisma.DbNull : v;
}
