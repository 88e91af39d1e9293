import { beforeAll, describe, expect, it } from "vitest";
import { computeBreakdown } from "./breakdown.ts";
import { CreatorIndex } from "./creator-index.ts";
import { deriveFeatures } from "./derive-features.ts";
import { homeAllowed, prepareCampaign } from "./prepare-campaign.ts";
import { filterReason, rankCreators, scoreCreator, topSlots } from "./rank.ts";
import {
  generateCampaigns,
  generateCreators,
  SYNTHETIC_NOW,
} from "../../../scripts/matching/eval/synthetic.ts";
import { makeCampaign, makeFeatures } from "./test-fixtures.ts";
import type { CampaignSpec, CreatorFeatures } from "./types.ts";

let features: CreatorFeatures[];
let index: CreatorIndex;

beforeAll(() => {
  features = generateCreators(1500, 11, { inflatedShare: 0.1 }).map((r) =>
    deriveFeatures(r, SYNTHETIC_NOW),
  );
  // A few hand-made creators exercising rarer paths: measured audience regions,
  // a foreign currency, an unknown currency, no categories.
  features.push(
    makeFeatures({ id: "x-regions", audienceRegions: { Busan: 0.5, Ulsan: 0.2, Seoul: 0.3 } }),
    makeFeatures({ id: "x-usd", ratePerVideo: 250_000, currency: "USD" }),
    makeFeatures({ id: "x-xyz", ratePerVideo: 5_000, currency: "XYZ" }),
    makeFeatures({ id: "x-nocat", categories: [] }),
    // creators based in districts around Busan's 해운대구 (centre to centre: 수영구 ~5 km,
    // 강서구 ~18 km, 양산시 in Gyeongnam ~22 km) and one in Seoul
    makeFeatures({ id: "x-haeundae", region: "Busan", district: "Busan:해운대구" }),
    makeFeatures({ id: "x-suyeong", region: "Busan", district: "Busan:수영구" }),
    makeFeatures({ id: "x-gangseo", region: "Busan", district: "Busan:강서구" }),
    makeFeatures({ id: "x-yangsan", region: "Gyeongnam", district: "Gyeongnam:양산시" }),
    makeFeatures({ id: "x-mapo", region: "Seoul", district: "Seoul:마포구" }),
    // 세종 has no districts: one place, ~15 km from 대전 유성구's centre
    makeFeatures({ id: "x-sejong", region: "Sejong" }),
    makeFeatures({ id: "x-yuseong", region: "Daejeon", district: "Daejeon:유성구" }),
  );
  index = CreatorIndex.build(features);
});

const campaigns = (): CampaignSpec[] => [
  ...generateCampaigns(12, 5),
  makeCampaign(),
  makeCampaign({
    category: "food",
    type: "store_visit",
    targetAudience: {
      ageRanges: ["25-34"],
      genders: [],
      countries: ["KR"],
      regions: ["Busan", "Ulsan"],
    },
  }),
  makeCampaign({
    weights: { audienceOverlap: 0, categoryMatch: 1, performancePrediction: 0, budgetFit: 3 },
  }),
  makeCampaign({
    currency: "USD",
    budget: 500_000,
    targetAudience: { ageRanges: [], genders: ["male"], countries: [], regions: [] },
  }),
];

describe("the typed-array scan agrees with the single-creator path", () => {
  it("bit for bit, for every creator and campaign", () => {
    for (const c of campaigns()) {
      const q = prepareCampaign(c);
      const { top, total } = topSlots(index, q, index.size);
      expect(total).toBe(top.length);
      for (const { slot, score } of top) {
        const ref = computeBreakdown(features[slot], q).score;
        if (ref !== score)
          throw new Error(`${index.ids[slot]} on "${c.title}": scan ${score} vs single ${ref}`);
      }
    }
  });

  it("ranked results carry the same numbers as scoreCreator", () => {
    const c = makeCampaign();
    const { results } = rankCreators(index, c, { limit: 15 });
    for (const r of results) {
      const f = features.find((x) => x.id === r.id && x.platform === r.platform)!;
      expect(scoreCreator(f, c)).toEqual(r);
    }
  });

  it("featuresAt gives back what was stored, at index precision", () => {
    const i = index.ids.indexOf("x-regions");
    const f = index.featuresAt(i);
    // shares are kept in 1/255 steps: 0.5 -> 128/255, 0.3 -> 77/255, 0.2 -> 51/255
    expect(f.audienceRegions).toEqual({ Busan: 128 / 255, Seoul: 77 / 255, Ulsan: 0.2 });
    expect(f.audienceAge).toEqual([0, 0.2, 0.4, 0.2, 0.2, 0, 0]);
    expect(f.medianViews).toBe(10_000);
    expect(index.featuresAt(index.ids.indexOf("x-nocat")).categories).toEqual([]);
  });
});

describe("ranking", () => {
  it("is best first and the pruned scan keeps the true top", () => {
    for (const c of campaigns()) {
      const q = prepareCampaign(c);
      const all = topSlots(index, q, index.size).top;
      const top = topSlots(index, q, 25).top;
      expect(top).toEqual(all.slice(0, 25));
      for (let k = 1; k < top.length; k++)
        expect(top[k - 1].score).toBeGreaterThanOrEqual(top[k].score);
    }
  });

  it("is deterministic and does not depend on input order", () => {
    const c = makeCampaign();
    const a = rankCreators(index, c, { limit: 30 });
    const b = rankCreators(index, c, { limit: 30 });
    expect(b).toEqual(a);
    const shuffled = [...features].reverse();
    const c2 = rankCreators(CreatorIndex.build(shuffled), c, { limit: 30 });
    expect(c2.results.map((r) => r.id)).toEqual(a.results.map((r) => r.id));
  });

  it("breaks ties by id", () => {
    const twins = ["b", "c", "a"].map((id) => makeFeatures({ id }));
    const r = rankCreators(CreatorIndex.build(twins), makeCampaign(), { limit: 3 });
    expect(r.results.map((x) => x.id)).toEqual(["a", "b", "c"]);
    expect(new Set(r.results.map((x) => x.score)).size).toBe(1);
  });

  it("pages with offset and limit", () => {
    const c = makeCampaign();
    const full = rankCreators(index, c, { limit: 40 }).results.map((r) => r.id);
    const page2 = rankCreators(index, c, { limit: 15, offset: 15 });
    expect(page2.results.map((r) => r.id)).toEqual(full.slice(15, 30));
    expect(page2.scanned).toBe(index.size);
    expect(rankCreators(index, c, { limit: 0 }).results).toEqual([]);
  });

  it("keeps an order deeper than its page, and explains a later page from it exactly as a fresh ranking would", () => {
    for (const sort of ["score", "value"] as const) {
      const c = makeCampaign({ filters: { tiers: ["micro", "mid", "macro"] } });
      const first = rankCreators(index, c, { limit: 10, sort, keepOrder: 100 });
      expect(first.order).toHaveLength(100);
      expect(first.results).toEqual(rankCreators(index, c, { limit: 10, sort }).results);
      const ids = Array.from(first.order!, (slot) => index.ids[slot]);
      expect(ids.slice(0, 10)).toEqual(first.results.map((r) => r.id));

      const fresh = rankCreators(index, c, { limit: 10, offset: 40, sort });
      const fromOrder = rankCreators(index, c, {
        limit: 10,
        offset: 40,
        sort,
        fromOrder: { slots: first.order!.slice(40, 50), total: first.total },
      });
      expect(fromOrder).toEqual({ ...fresh, scanned: 0 });
    }
    // no order unless asked for; never shallower than the page
    expect(rankCreators(index, makeCampaign(), { limit: 10 }).order).toBeUndefined();
    expect(
      rankCreators(index, makeCampaign(), { limit: 10, offset: 20, keepOrder: 5 }).order,
    ).toHaveLength(30);
  });

  it("the weights change the order", () => {
    const base = rankCreators(index, makeCampaign(), { limit: 10 }).results.map((r) => r.id);
    const budgetHeavy = rankCreators(
      index,
      makeCampaign({
        weights: { audienceOverlap: 0, categoryMatch: 0, performancePrediction: 0, budgetFit: 1 },
      }),
      { limit: 10 },
    ).results;
    expect(budgetHeavy.map((r) => r.id)).not.toEqual(base);
    for (const r of budgetHeavy)
      expect(r.score).toBe(Math.round(r.factors.budgetFit * r.penaltyMultiplier * 10) / 10);
  });
});

describe("hard filters", () => {
  const count = (c: CampaignSpec) => rankCreators(index, c, { limit: 5000 });
  const youtube = () => features.filter((f) => f.platform === "youtube");

  it("platforms: the campaign's, narrowed by the filter", () => {
    const r = count(
      makeCampaign({ platforms: ["youtube", "instagram"], filters: { platforms: ["instagram"] } }),
    );
    expect(r.total).toBe(features.filter((f) => f.platform === "instagram").length);
    expect(r.results.every((x) => x.platform === "instagram")).toBe(true);
    expect(count(makeCampaign({ platforms: [] })).total).toBe(features.length);
  });

  it("tiers", () => {
    const r = count(makeCampaign({ filters: { tiers: ["micro", "mid"] } }));
    expect(r.total).toBe(youtube().filter((f) => f.tier === "micro" || f.tier === "mid").length);
  });

  it("regions, normalised", () => {
    const r = count(makeCampaign({ filters: { regions: ["busan", "부산광역시"] } }));
    expect(r.total).toBe(youtube().filter((f) => f.region === "Busan").length);
    expect(r.total).toBeGreaterThan(0);
  });

  it("regions: a district named keeps the districts it overlaps since a reorganisation", () => {
    const keeps = (filter: string, home: string) =>
      homeAllowed(prepareCampaign(makeCampaign({ filters: { regions: [filter] } })), home);
    // Incheon, July 2026: 동구 and 중구's mainland are 제물포구, 중구's islands 영종구,
    // the north of 서구 검단구; an address may name either
    expect(keeps("인천 제물포구", "Incheon:제물포구")).toBe(true);
    expect(keeps("인천 제물포구", "Incheon:동구")).toBe(true);
    expect(keeps("인천 제물포구", "Incheon:중구")).toBe(true);
    expect(keeps("인천 제물포구", "Incheon:영종구")).toBe(false);
    expect(keeps("인천 제물포구", "Incheon:미추홀구")).toBe(false);
    expect(keeps("인천 중구", "Incheon:영종구")).toBe(true);
    expect(keeps("인천 중구", "Incheon:제물포구")).toBe(true);
    expect(keeps("인천 중구", "Incheon:동구")).toBe(false);
    expect(keeps("인천 동구", "Incheon:제물포구")).toBe(true);
    expect(keeps("인천 동구", "Incheon:영종구")).toBe(false);
    expect(keeps("인천 서구", "Incheon:검단구")).toBe(true);
    expect(keeps("인천 검단구", "Incheon:서구")).toBe(true);
    // other provinces' 중구 and 동구 are not Incheon's
    expect(keeps("인천 중구", "Busan:중구")).toBe(false);
    expect(keeps("부산 동구", "Incheon:제물포구")).toBe(false);
  });

  it("within N km of a targeted district: district centres, across a region's border", () => {
    const near = (withinKm: number, regions = ["부산 해운대구"], filterRegions?: string[]) =>
      count(
        makeCampaign({
          targetAudience: { ageRanges: [], genders: [], countries: [], regions },
          filters: { withinKm, ...(filterRegions ? { regions: filterRegions } : {}) },
        }),
      )
        .results.map((r) => r.id)
        .sort();
    // creators without a known district are left out
    expect(near(10)).toEqual(["x-haeundae", "x-suyeong"]);
    expect(near(25)).toEqual(["x-gangseo", "x-haeundae", "x-suyeong", "x-yangsan"]);
    expect(near(25, ["부산 해운대구"], ["Busan"])).toEqual([
      "x-gangseo",
      "x-haeundae",
      "x-suyeong",
    ]);
    // every district named counts, its region targeted whole or not
    expect(near(5, ["Busan", "서울 마포구"])).toEqual(["x-mapo"]);
    // nothing to measure from: nobody
    expect(near(25, ["Busan"])).toEqual([]);
    // 세종, a region without districts, is a place of its own, to and from (every
    // creator based there: the synthetic roster has some too)
    const sejong = youtube()
      .filter((f) => f.region === "Sejong")
      .map((f) => f.id)
      .sort();
    expect(sejong).toContain("x-sejong");
    expect(near(20, ["대전 유성구"])).toEqual([...sejong, "x-yuseong"]);
    expect(near(20, ["세종"])).toEqual([...sejong, "x-yuseong"]);
    expect(near(10, ["세종"])).toEqual(sejong);
  });

  it("says why a creator is out of a distance", () => {
    const q = prepareCampaign(
      makeCampaign({
        targetAudience: { ageRanges: [], genders: [], countries: [], regions: ["부산 해운대구"] },
        filters: { withinKm: 10 },
      }),
    );
    const byId = (id: string) => features.find((f) => f.id === id)!;
    expect(filterReason(byId("x-suyeong"), q)).toBeNull();
    expect(filterReason(byId("x-gangseo"), q)).toBe(
      "based farther than 10 km from the campaign's districts",
    );
    expect(filterReason(makeFeatures({ region: "Busan" }), q)).toMatch(/^district unknown/);
  });

  it("categories: any listed category, exact", () => {
    const r = count(makeCampaign({ filters: { categories: ["Beauty", "cosmetics"] } }));
    expect(r.total).toBe(youtube().filter((f) => f.categories.includes("beauty")).length);
  });

  it("budget ceiling: rate in the campaign currency at most the ceiling; unknown rates stay", () => {
    const r = count(makeCampaign({ filters: { maxRatePerVideo: 1_000_000 } }));
    const ids = new Set(r.results.map((x) => x.id));
    expect(ids.has("x-usd")).toBe(false); // 250,000 cents = ₩3.5M
    for (const f of youtube()) {
      const krw =
        f.ratePerVideo === null
          ? null
          : f.currency === "USD"
            ? f.ratePerVideo * 14
            : f.ratePerVideo;
      if (krw !== null && krw > 1_000_000) expect(ids.has(f.id)).toBe(false);
    }
    expect(r.results.every((x) => !x.risks.some((k) => k.code === "over_budget"))).toBe(true);
  });

  it("without a ceiling, over-budget creators stay but rank low", () => {
    const c = makeCampaign({ budget: 500_000 });
    const r = count(c);
    expect(r.total).toBe(youtube().length);
    const over = r.results.filter((x) => x.risks.some((k) => k.code === "over_budget"));
    expect(over.length).toBeGreaterThan(0);
    const firstOver = r.results.findIndex((x) => x.risks.some((k) => k.code === "over_budget"));
    expect(firstOver).toBeGreaterThan(20);
  });

  it("subscriber range excludes hidden counts", () => {
    const r = count(makeCampaign({ filters: { minSubscribers: 10_000, maxSubscribers: 100_000 } }));
    expect(r.total).toBe(
      youtube().filter(
        (f) => f.subscribers !== null && f.subscribers >= 10_000 && f.subscribers <= 100_000,
      ).length,
    );
  });

  it("excluded creators", () => {
    const top = rankCreators(index, makeCampaign(), { limit: 3 }).results.map((r) => r.id);
    const r = rankCreators(
      index,
      makeCampaign({ filters: { excludeCreatorIds: [top[0], "no-such-id"] } }),
      { limit: 3 },
    );
    expect(r.results.map((x) => x.id)).toEqual([...top.slice(1), expect.any(String)]);
    expect(r.total).toBe(youtube().length - 1);
  });

  it("included creators only, in score order, combined with exclusions", () => {
    const top = rankCreators(index, makeCampaign(), { limit: 6 }).results.map((r) => r.id);
    const include = [top[5], top[1], top[3], "no-such-id"];
    const r = rankCreators(
      index,
      makeCampaign({ filters: { includeCreatorIds: include, excludeCreatorIds: [top[3]] } }),
      { limit: 10 },
    );
    expect(r.results.map((x) => x.id)).toEqual([top[1], top[5]]);
    expect(r.total).toBe(2);
  });

  it("score floor: exactly the creators whose shown score reaches it, in both orders", () => {
    const all = rankCreators(index, makeCampaign(), { limit: 5000 }).results;
    const floor = all[Math.floor(all.length / 3)].score;
    const passing = all.filter((x) => x.score >= floor).map((x) => x.id);
    expect(passing.length).toBeGreaterThan(3);
    expect(passing.length).toBeLessThan(all.length);
    const paged = rankCreators(index, makeCampaign({ filters: { minScore: floor } }), {
      limit: 3,
    });
    expect(paged.total).toBe(passing.length);
    expect(paged.results.map((x) => x.id)).toEqual(passing.slice(0, 3));
    const byValue = rankCreators(index, makeCampaign({ filters: { minScore: floor } }), {
      limit: 5000,
      sort: "value",
    });
    expect(byValue.total).toBe(passing.length);
    expect(new Set(byValue.results.map((x) => x.id))).toEqual(new Set(passing));
  });

  it("verified only: creators whose audience comes from their own analytics", () => {
    const verified = features.filter(
      (f) => f.platform === "youtube" && f.audienceSource === "verified",
    );
    expect(verified.length).toBeGreaterThan(0);
    const r = count(makeCampaign({ filters: { verifiedOnly: true } }));
    expect(r.total).toBe(verified.length);
    expect(new Set(r.results.map((x) => x.id))).toEqual(new Set(verified.map((f) => f.id)));
  });
});

describe("value per won for a local store", () => {
  it("counts only the views of people in the targeted region", () => {
    const busan = makeFeatures({ id: "busan", region: "Busan", ratePerVideo: 500_000 });
    const seoul = makeFeatures({ id: "seoul", region: "Seoul", ratePerVideo: 400_000 });
    const ix = CreatorIndex.build([busan, seoul]);
    const c = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: ["KR"], regions: ["Busan"] },
    });
    const ranked = rankCreators(ix, c, { sort: "value", limit: 2 }).results;
    // the cheaper Seoul creator reaches few people in Busan
    expect(ranked.map((r) => r.id)).toEqual(["busan", "seoul"]);
    const [b, s] = ranked.map((r) => r.value.targetViewsPerMillion);
    expect(b).toBeGreaterThan(3 * s);
    // the scan's own key (value per unit of cost) is the figure shown
    const { top } = topSlots(ix, prepareCampaign(c), 2, "value");
    expect(top.map((t) => Math.round(t.score * 1e6 * 10) / 10)).toEqual([b, s]);
    expect(scoreCreator(busan, c).value.targetViewsPerMillion).toBe(b);
  });
});

describe("patching the index", () => {
  it("a patched slot ranks exactly like a rebuilt index", () => {
    const local = features.slice(0, 400);
    const ix = CreatorIndex.build(local);
    const changed = {
      ...local[7],
      medianViews: local[7].medianViews * 20 + 5_000,
      categories: ["beauty"],
      region: "Jeju",
    };
    expect(ix.patch(7, changed)).toBe(true);
    const rebuilt = CreatorIndex.build(local.map((f, i) => (i === 7 ? changed : f)));
    const c = makeCampaign({
      targetAudience: { ageRanges: ["18-24"], genders: [], countries: [], regions: ["Jeju"] },
    });
    expect(rankCreators(ix, c, { limit: 50 })).toEqual(rankCreators(rebuilt, c, { limit: 50 }));
    expect(ix.featuresAt(7)).toEqual(rebuilt.featuresAt(7));
  });

  it("refuses what it cannot patch", () => {
    const ix = CreatorIndex.build(features.slice(0, 10));
    expect(ix.patch(3, { ...features[4] })).toBe(false);
    expect(ix.patch(3, { ...features[3], audienceRegions: { Seoul: 1 } })).toBe(false);
    expect(ix.patch(99, features[3])).toBe(false);
  });
});

describe("creator index homes", () => {
  const features = [
    makeFeatures({ id: "a", district: "Seoul:마포구" }),
    makeFeatures({ id: "b" }),
    makeFeatures({ id: "c", region: "Busan", district: "Busan:해운대구" }),
  ];

  it("gives back each creator's region and district, also from the copy worker threads rank", () => {
    const ix = CreatorIndex.build(features);
    const shared = CreatorIndex.fromShared(ix.toShared());
    for (const index of [ix, shared]) {
      expect(
        [0, 1, 2].map((i) => [index.featuresAt(i).region, index.featuresAt(i).district]),
      ).toEqual([
        ["Seoul", "Seoul:마포구"],
        ["Seoul", undefined],
        ["Busan", "Busan:해운대구"],
      ]);
    }
  });

  it("patches a slot in place only while no worker copy exists", () => {
    const ix = CreatorIndex.build(features);
    expect(ix.patch(1, makeFeatures({ id: "b", district: "Seoul:강남구" }))).toBe(true);
    expect(ix.featuresAt(1).district).toBe("Seoul:강남구");
    ix.toShared();
    expect(ix.patch(1, makeFeatures({ id: "b" }))).toBe(false);
  });
});
