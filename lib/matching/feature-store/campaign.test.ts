import { describe, expect, it } from "vitest";
import { campaignSpecFromDb, mergeFilters, type StoredCampaign } from "./campaign.ts";

const stored: StoredCampaign = {
  title: "Cushion launch",
  category: "beauty",
  type: "PRODUCT_REVIEW",
  platforms: ["YOUTUBE", "INSTAGRAM"],
  budget: 12_000_000n,
  currency: "KRW",
  targetAgeRanges: ["18-24", "25-34", "bogus"],
  targetGenders: ["female"],
  targetCountries: ["kr"],
  targetRegions: ["Seoul"],
  matchingWeights: {
    audienceOverlap: 0.5,
    categoryMatch: 0.2,
    performancePrediction: 0.2,
    budgetFit: 0.1,
  },
  matchingFilters: {
    tiers: ["MID", "MACRO"],
    maxRatePerVideo: 3_000_000,
    excludeCreatorIds: ["a"],
  },
};

describe("campaignSpecFromDb", () => {
  it("maps the row to the engine's spec, enums and JSON included", () => {
    expect(campaignSpecFromDb(stored)).toEqual({
      title: "Cushion launch",
      category: "beauty",
      platforms: ["youtube", "instagram"],
      budget: 12_000_000,
      currency: "KRW",
      targetAudience: {
        ageRanges: ["18-24", "25-34"],
        genders: ["female"],
        countries: ["KR"],
        regions: ["Seoul"],
      },
      type: "product_review",
      weights: {
        audienceOverlap: 0.5,
        categoryMatch: 0.2,
        performancePrediction: 0.2,
        budgetFit: 0.1,
      },
      filters: { tiers: ["mid", "macro"], maxRatePerVideo: 3_000_000, excludeCreatorIds: ["a"] },
    });
  });

  it("ignores unreadable JSON instead of failing the ranking", () => {
    const spec = campaignSpecFromDb({
      ...stored,
      matchingWeights: "heavy",
      matchingFilters: { tiers: ["GIANT"] },
      type: "ODD",
    });
    expect(spec.weights).toBeUndefined();
    expect(spec.filters).toEqual({});
    expect(spec.type).toBe("sponsored_video");
  });
});

describe("mergeFilters", () => {
  it("narrows the campaign's filters, never widens them", () => {
    const merged = mergeFilters(
      {
        tiers: ["mid", "macro"],
        maxRatePerVideo: 3_000_000,
        minSubscribers: 10_000,
        excludeCreatorIds: ["a"],
      },
      {
        tiers: ["macro", "mega"],
        maxRatePerVideo: 5_000_000,
        minSubscribers: 5_000,
        excludeCreatorIds: ["b"],
        regions: ["seoul"],
      },
    );
    expect(merged).toEqual({
      tiers: ["macro"],
      maxRatePerVideo: 3_000_000,
      minSubscribers: 10_000,
      excludeCreatorIds: ["a", "b"],
      regions: ["Seoul"],
      categories: undefined,
    });
  });

  it("narrows a region to a district in it, from either side", () => {
    expect(mergeFilters({ regions: ["Seoul", "Busan"] }, { regions: ["마포구"] })?.regions).toEqual(
      ["Seoul:마포구"],
    );
    expect(
      mergeFilters({ regions: ["서울 마포구", "해운대구"] }, { regions: ["서울"] })?.regions,
    ).toEqual(["Seoul:마포구"]);
    expect(mergeFilters({ regions: ["서울 마포구"] }, { regions: ["서울 강남구"] })).toBeNull();
  });

  it("intersects districts that overlap since a reorganisation, never widening either", () => {
    // all of 인천 동구 lies in 제물포구: the two give 동구 (which keeps 제물포구's addresses)
    expect(
      mergeFilters({ regions: ["인천 제물포구"] }, { regions: ["인천 동구"] })?.regions,
    ).toEqual(["Incheon:동구"]);
    expect(
      mergeFilters({ regions: ["인천 동구"] }, { regions: ["인천 제물포구"] })?.regions,
    ).toEqual(["Incheon:동구"]);
    // 제물포구 and 중구 only overlap: no list of names keeps exactly their common ground
    expect(mergeFilters({ regions: ["인천 제물포구"] }, { regions: ["인천 중구"] })).toBeNull();
  });

  it("keeps the nearer of two distances", () => {
    expect(mergeFilters({ withinKm: 20 }, { withinKm: 5 })?.withinKm).toBe(5);
    expect(mergeFilters({ withinKm: 5 }, { withinKm: 20 })?.withinKm).toBe(5);
    expect(mergeFilters({}, { withinKm: 12.5 })?.withinKm).toBe(12.5);
    expect(mergeFilters({ withinKm: 8 }, {})?.withinKm).toBe(8);
  });

  it("returns null when a list filter leaves nothing", () => {
    expect(mergeFilters({ tiers: ["mid"] }, { tiers: ["mega"] })).toBeNull();
    expect(mergeFilters({ categories: ["beauty"] }, { categories: ["Gaming"] })).toBeNull();
  });

  it("passes the campaign's filters through when the request adds none", () => {
    expect(mergeFilters({ tiers: ["mid"] }, {})).toEqual({
      tiers: ["mid"],
      regions: undefined,
      categories: undefined,
    });
  });
});
