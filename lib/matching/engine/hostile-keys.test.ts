// Category, region and country names come from files and query strings: names that
// are also properties of every JS object must be treated as plain unknown names.
import { describe, expect, it } from "vitest";
import { CreatorIndex } from "./creator-index.ts";
import { deriveFeatures } from "./derive-features.ts";
import { rankCreators } from "./rank.ts";
import { CampaignSpecSchema, CreatorRecordSchema } from "./schemas.ts";
import { makeCampaign, makeFeatures } from "./test-fixtures.ts";

const HOSTILE = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"];

describe("object-property names as data", () => {
  it.each(HOSTILE)("ranks with %s as category, region and country", (name) => {
    const record = CreatorRecordSchema.parse({
      id: "x",
      platform: "youtube",
      channelName: "x",
      subscribers: 1000,
      categories: [name, "beauty"],
      region: name,
      videos: [{ publishedAt: "2026-10-01T00:00:00Z", views: 100, likes: 5, comments: 1 }],
      audience: { countries: { [name]: 0.5, KR: 0.5 }, regions: { [name]: 1 } },
    });
    const features = [deriveFeatures(record, new Date("2026-11-01T00:00:00Z")), makeFeatures()];
    const index = CreatorIndex.build(features);
    const campaign = CampaignSpecSchema.parse({
      ...makeCampaign(),
      category: name,
      targetAudience: { ageRanges: [], genders: [], countries: ["KR"], regions: [name] },
      filters: { categories: [name, "beauty"], regions: [name, "Seoul"] },
    });
    const { results } = rankCreators(index, campaign, {
      limit: 5,
      now: new Date("2026-11-01T00:00:00Z"),
    });
    // Both creators pass the filters: a ranking that silently returned nothing must fail.
    expect(results.map((r) => r.id).sort()).toEqual(["c1", "x"]);
    for (const r of results) expect(Number.isFinite(r.score)).toBe(true);
  });
});
