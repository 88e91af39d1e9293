import { describe, expect, it } from "vitest";
import { deriveFeatures } from "../../../lib/matching/engine/derive-features.ts";
import { median } from "../../../lib/matching/engine/stats.ts";
import {
  generateCampaigns,
  generateCreatorFeatures,
  generateCreators,
  generateCreatorsWithTruth,
  SYNTHETIC_NOW,
  trueUtility,
} from "./synthetic.ts";
import { CreatorRecordSchema, CampaignSpecSchema } from "../../../lib/matching/engine/schemas.ts";
import { TIER_SLUGS } from "../../../lib/matching/engine/types.ts";

describe("synthetic creators", () => {
  it("are deterministic, and creator i does not depend on n", () => {
    expect(generateCreators(50, 3)).toEqual(generateCreators(50, 3));
    expect(generateCreators(80, 3).slice(0, 50)).toEqual(generateCreators(50, 3));
    expect(generateCreators(5, 4)).not.toEqual(generateCreators(5, 3));
  });

  it("are valid roster lines spanning every tier, with a heavy tail", () => {
    const records = generateCreators(2000, 9);
    for (const r of records.slice(0, 200))
      expect(CreatorRecordSchema.safeParse(r).success).toBe(true);
    const features = records.map((r) => deriveFeatures(r, SYNTHETIC_NOW));
    for (const t of TIER_SLUGS)
      expect(features.filter((f) => f.tier === t).length).toBeGreaterThan(40);
    const subs = records
      .map((r) => r.subscribers)
      .filter((s): s is number => typeof s === "number");
    expect(Math.max(...subs) / median(subs)).toBeGreaterThan(100);
    expect(features.some((f) => f.audienceAge.length === 0)).toBe(true);
    expect(features.some((f) => f.subscribersHidden)).toBe(true);
    expect(features.some((f) => f.daysSinceLastVideo !== null && f.daysSinceLastVideo > 180)).toBe(
      true,
    );
  }, 60_000);

  it("inflated channels have many subscribers but few views", () => {
    const { records, truth } = generateCreatorsWithTruth(4000, 5, { inflatedShare: 0.1 });
    const share = truth.filter((t) => t.inflated).length / truth.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
    const vps = (i: number) => {
      const f = deriveFeatures(records[i], SYNTHETIC_NOW);
      return f.subscribers ? f.medianViews / f.subscribers : NaN;
    };
    const inflated = truth.map((t, i) => (t.inflated ? vps(i) : NaN)).filter(Number.isFinite);
    const honest = truth.map((t, i) => (!t.inflated ? vps(i) : NaN)).filter(Number.isFinite);
    expect(median(inflated)).toBeLessThan(median(honest) / 3);
    expect(
      generateCreatorsWithTruth(2000, 5, { inflatedShare: 0 }).truth.some((t) => t.inflated),
    ).toBe(false);
  }, 60_000);

  it("the fast feature path draws the same creators", () => {
    const fast = generateCreatorFeatures(300, 8);
    const slow = generateCreators(300, 8).map((r) => deriveFeatures(r, SYNTHETIC_NOW));
    expect(fast.map((f) => f.id)).toEqual(slow.map((f) => f.id));
    expect(fast.map((f) => f.platform)).toEqual(slow.map((f) => f.platform));
    expect(fast.map((f) => f.categories)).toEqual(slow.map((f) => f.categories));
    const ratio = median(fast.map((f, i) => (f.medianViews + 1) / (slow[i].medianViews + 1)));
    expect(ratio).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(1.4);
  });
});

describe("synthetic campaigns and ground truth", () => {
  it("campaigns are valid and deterministic", () => {
    const cs = generateCampaigns(100, 1);
    expect(generateCampaigns(100, 1)).toEqual(cs);
    for (const c of cs) expect(CampaignSpecSchema.parse(c)).toEqual(c);
    expect(cs.some((c) => c.targetAudience.regions.length > 0)).toBe(true);
  });

  it("the truth rewards fit and price, and refuses what the budget cannot pay", () => {
    const { truth } = generateCreatorsWithTruth(1, 2);
    const t = {
      ...truth[0],
      platform: "youtube" as const,
      rateKrw: 1_000_000,
      contentMix: { beauty: 1 },
    };
    const c = generateCampaigns(1, 3)[0];
    const campaign = {
      ...c,
      category: "beauty",
      platforms: ["youtube" as const],
      budget: 5_000_000,
      currency: "KRW",
    };
    const base = trueUtility(t, campaign);
    expect(base).toBeGreaterThan(0);
    expect(trueUtility({ ...t, rateKrw: 6_000_000 }, campaign)).toBe(0);
    expect(trueUtility({ ...t, rateKrw: 2_000_000 }, campaign)).toBeLessThan(base);
    expect(trueUtility({ ...t, contentMix: { auto: 1 } }, campaign)).toBeLessThan(base / 10);
    expect(trueUtility({ ...t, humanViews: t.humanViews * 2 }, campaign)).toBeCloseTo(base * 2, 10);
    expect(trueUtility({ ...t, platform: "tiktok" }, campaign)).toBe(0);
  });
});
