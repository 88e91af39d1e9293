// A ranking costs creators × a small constant whatever the campaign holds: the probe
// that froze the server stored 100,000 target regions and then ranked for 275 s of CPU.
// Campaign schemas now refuse such lists, but the engine must stay cheap for any
// campaign already stored or arriving through another door (roster files, the CLI).
import { describe, expect, it } from "vitest";
import { CreatorIndex } from "./creator-index.ts";
import { prepareCampaign } from "./prepare-campaign.ts";
import { rankCreators } from "./rank.ts";
import { makeCampaign, makeFeatures, NOW } from "./test-fixtures.ts";

const manyRegions = ["Seoul", "Busan", ...Array.from({ length: 20_000 }, (_, i) => `Nowhere ${i}`)];

describe("bounded work", () => {
  const index = CreatorIndex.build(
    Array.from({ length: 2_000 }, (_, i) =>
      makeFeatures({ id: `c${i}`, region: i % 2 ? "Busan" : "Seoul" }),
    ),
  );

  it("prepares and ranks a campaign with 20,000 target regions in linear time (quadratic took minutes)", () => {
    const campaign = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: ["KR"], regions: manyRegions },
      filters: { regions: manyRegions, categories: ["beauty", ...manyRegions] },
    });
    const prepared = prepareCampaign(campaign);
    expect(prepared.regions.size).toBe(manyRegions.length);
    const { results, total } = rankCreators(index, prepared, { limit: 10, now: NOW });
    expect(total).toBe(2_000);
    expect(results).toHaveLength(10);
    // Seoul and Busan are both targets: every creator reaches its home audience.
    for (const r of results) expect(r.factors.audienceOverlap).toBeGreaterThan(0);
  }, 10_000);
});
