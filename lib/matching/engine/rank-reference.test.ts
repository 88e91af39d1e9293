// The fast path (the typed-array scan in rank.ts) and the reference (breakdown.ts)
// compute the same score in two places; this property test over random creators and
// campaigns makes a formula changed in one of them fail until it is changed in both.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGE_BUCKETS, GENDERS } from "../../vocabulary.ts";
import { computeBreakdown } from "./breakdown.ts";
import { CreatorIndex } from "./creator-index.ts";
import { DISTRICT_OPTIONS } from "./district-label.ts";
import { prepareCampaign } from "./prepare-campaign.ts";
import { filterReason, topSlots, type RankSort } from "./rank.ts";
import { CATEGORIES } from "./taxonomy.ts";
import { isDistrictKey, KR_REGIONS, regionOfHome } from "./regions.ts";
import { PLATFORM_SLUGS, type CampaignSpec, type CreatorFeatures } from "./types.ts";
import { tierOf } from "./norms.ts";

const share = fc.double({ min: 0, max: 1, noNaN: true });
const shares = (n: number) =>
  fc.array(share, { minLength: n, maxLength: n }).map((xs) => {
    const sum = xs.reduce((a, b) => a + b, 0);
    return sum > 0 ? xs.map((x) => x / sum) : [];
  });
const category = fc.constantFrom(...CATEGORIES);
const region = fc.constantFrom(...KR_REGIONS);
// districts of a few regions, so that targets and homes meet: a handful often (the
// same district on both sides), every one of them now and then (near and far)
const district = fc.oneof(
  fc.constantFrom(
    "Seoul:강남구",
    "Seoul:마포구",
    "Seoul:송파구",
    "Gyeonggi:성남시",
    "Gyeonggi:수원시",
    "Busan:해운대구",
  ),
  fc.constantFrom(
    ...["Seoul", "Gyeonggi", "Busan", "Jeju"].flatMap((r) => DISTRICT_OPTIONS[r].map((d) => d.key)),
  ),
);
const place = fc.oneof(region, district);

const creator = (id: number): fc.Arbitrary<CreatorFeatures> =>
  fc
    .record({
      platform: fc.constantFrom(...PLATFORM_SLUGS),
      subscribers: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }),
      videoCount: fc.integer({ min: 0, max: 50 }),
      medianViews: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 5e6, noNaN: true })),
      spread: fc.double({ min: 1, max: 20, noNaN: true }),
      engagementRate: fc.oneof(fc.constant(0), fc.double({ min: 1e-4, max: 0.5, noNaN: true })),
      daysSinceLastVideo: fc.option(fc.double({ min: 0, max: 900, noNaN: true }), { nil: null }),
      categories: fc.uniqueArray(category, { maxLength: 4 }),
      home: fc.option(place, { nil: null }),
      country: fc.option(fc.constantFrom("KR", "US", "JP"), { nil: null }),
      ratePerVideo: fc.option(fc.integer({ min: 0, max: 40_000_000 }), { nil: null }),
      currency: fc.constantFrom("KRW", "USD"),
      audienceAge: fc.oneof(fc.constant<number[]>([]), shares(AGE_BUCKETS.length)),
      female: fc.option(share, { nil: null }),
      countries: fc.option(
        fc.record({ KR: share, US: share }).map((c) => {
          const s = c.KR + c.US;
          return s > 1 ? { KR: c.KR / s, US: c.US / s } : c;
        }),
        { nil: null },
      ),
      audienceRegions: fc.option(
        fc
          .uniqueArray(region, { minLength: 1, maxLength: 4 })
          .chain((names) =>
            shares(names.length).map((xs) => Object.fromEntries(names.map((n, k) => [n, xs[k]]))),
          ),
        { nil: null },
      ),
    })
    .map((r) => ({
      id: `c${id}`,
      platform: r.platform,
      tier: tierOf(r.subscribers ?? 0),
      subscribers: r.subscribers,
      subscribersHidden: r.subscribers === null,
      videoCount: r.videoCount,
      medianViews: r.medianViews,
      viewsP25: r.medianViews / r.spread,
      viewsP75: r.medianViews * r.spread,
      engagementRate: r.engagementRate,
      likeRate: r.engagementRate * 0.9,
      commentRate: r.engagementRate * 0.1,
      shareRate: 0,
      uploadsPer30d: 2,
      daysSinceLastVideo: r.daysSinceLastVideo,
      categories: r.categories,
      region: r.home === null ? null : regionOfHome(r.home),
      district: r.home !== null && isDistrictKey(r.home) ? r.home : null,
      country: r.country,
      ratePerVideo: r.ratePerVideo,
      currency: r.currency,
      audienceAge: r.audienceAge,
      audienceGender: r.female === null ? [] : [r.female, 1 - r.female],
      audienceCountries: r.countries,
      audienceSource: r.audienceAge.length > 0 || r.female !== null ? "estimated" : null,
      audienceRegions: r.audienceRegions,
    }));

const campaign: fc.Arbitrary<CampaignSpec> = fc.record({
  title: fc.constant("property"),
  category,
  platforms: fc.uniqueArray(fc.constantFrom(...PLATFORM_SLUGS), { maxLength: 3 }),
  budget: fc.integer({ min: 100_000, max: 100_000_000 }),
  currency: fc.constantFrom("KRW", "USD"),
  targetAudience: fc.record({
    ageRanges: fc.uniqueArray(fc.constantFrom(...AGE_BUCKETS), { maxLength: 4 }),
    genders: fc.uniqueArray(fc.constantFrom(...GENDERS), { maxLength: 1 }),
    countries: fc.uniqueArray(fc.constantFrom("KR", "US"), { maxLength: 2 }),
    regions: fc.uniqueArray(place, { maxLength: 3 }),
  }),
  // now and then a hard filter on places, regions and districts mixed, or a distance
  // from the targeted districts
  filters: fc.option(
    fc.record(
      {
        regions: fc.uniqueArray(place, { minLength: 1, maxLength: 3 }),
        withinKm: fc.double({ min: 1, max: 200, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined, freq: 4 },
  ),
  weights: fc.record({
    audienceOverlap: fc.double({ min: 0.01, max: 1, noNaN: true }),
    categoryMatch: fc.double({ min: 0, max: 1, noNaN: true }),
    performancePrediction: fc.double({ min: 0, max: 1, noNaN: true }),
    budgetFit: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
});

const roster = fc
  .integer({ min: 1, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => creator(i))));

describe("fast path = reference", () => {
  for (const sort of ["score", "value"] as RankSort[]) {
    it(`every creator's ${sort} key, for random creators and campaigns`, () => {
      fc.assert(
        fc.property(roster, campaign, (features, spec) => {
          const index = CreatorIndex.build(features);
          const q = prepareCampaign(spec);
          const { top } = topSlots(index, q, index.size, sort);
          for (const { slot, score } of top) {
            const b = computeBreakdown(index.featuresAt(slot), q);
            expect(score).toBe(sort === "score" ? b.score : b.valuePerCost);
            // and what the index keeps scores as the creator itself (districts included)
            const own = computeBreakdown(features[slot], q);
            expect(score).toBe(sort === "score" ? own.score : own.valuePerCost);
          }
          // the scan keeps exactly the creators the filters let through
          const kept = new Set(top.map((t) => t.slot));
          features.forEach((f, slot) =>
            expect([f.id, kept.has(slot)]).toEqual([f.id, filterReason(f, q) === null]),
          );
        }),
        { numRuns: 200, seed: 2026 },
      );
    });
  }
});
