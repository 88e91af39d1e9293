import { describe, expect, it } from "vitest";
import { AppError } from "../../errors.ts";
import { decodeCursor, encodeCursor, RankCreatorsQuerySchema, requestFilters } from "./query.ts";

const CAMPAIGN = "3f0c0a52-6a4e-4b8e-9d55-0000000000aa";
const parse = (q: Record<string, string>) => RankCreatorsQuerySchema.parse(q);

describe("RankCreatorsQuerySchema", () => {
  it("parses comma lists, numbers and defaults", () => {
    const q = parse({
      tiers: "Micro, mid",
      regions: "Seoul,Busan",
      maxRate: "2000000",
      exclude: CAMPAIGN,
    });
    expect(q).toMatchObject({
      limit: 20,
      tiers: ["micro", "mid"],
      regions: ["Seoul", "Busan"],
      maxRate: 2_000_000,
      exclude: [CAMPAIGN],
    });
    expect(requestFilters(q, { targetRegions: [] })).toMatchObject({
      tiers: ["micro", "mid"],
      maxRatePerVideo: 2_000_000,
      excludeCreatorIds: [CAMPAIGN],
    });
  });

  it("rejects what it cannot use", () => {
    const r = RankCreatorsQuerySchema.safeParse({ limit: "500", tiers: "giant", exclude: "x" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["limit", "tiers.0", "exclude.0"]));
  });
});

describe("withinKm", () => {
  it("reads kilometres within bounds", () => {
    expect(parse({ withinKm: "10" }).withinKm).toBe(10);
    expect(parse({ withinKm: "2.5" }).withinKm).toBe(2.5);
    for (const withinKm of ["0", "-5", "201", "ten", "1e1"])
      expect(RankCreatorsQuerySchema.safeParse({ withinKm }).success, withinKm).toBe(false);
  });

  it("needs a campaign that names a district to measure from", () => {
    const q = parse({ withinKm: "10" });
    expect(requestFilters(q, { targetRegions: ["부산 해운대구"] }).withinKm).toBe(10);
    expect(requestFilters(q, { targetRegions: ["Busan", "Seoul:마포구"] }).withinKm).toBe(10);
    for (const targetRegions of [[], ["Busan"], ["Seoul", "경기"]]) {
      let error: unknown = null;
      try {
        requestFilters(q, { targetRegions });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(targetRegions)).toBeInstanceOf(AppError);
      expect(Object.keys((error as AppError).fields ?? {})).toEqual(["query.withinKm"]);
    }
    // no distance asked: any campaign
    expect(requestFilters(parse({}), { targetRegions: [] }).withinKm).toBeUndefined();
  });
});

describe("RankCreatorsQuerySchema numbers", () => {
  it("reads plain decimal digits only, never another notation", () => {
    expect(parse({ limit: "20", minScore: "72.5", maxRate: "500000" })).toMatchObject({
      limit: 20,
      minScore: 72.5,
      maxRate: 500_000,
    });
    for (const q of [
      { limit: "0x10" },
      { limit: "1e1" },
      { limit: " 20" },
      { minScore: "7.25e1" },
      { minSubscribers: "-1" },
      { maxRate: "1,000" },
    ])
      expect(RankCreatorsQuerySchema.safeParse(q).success, JSON.stringify(q)).toBe(false);
  });
});

describe("cursor", () => {
  it("round-trips an offset for the same campaign and filters", () => {
    const q = parse({ tiers: "mid", limit: "10" });
    const cursor = encodeCursor(CAMPAIGN, q, 10)!;
    expect(decodeCursor(CAMPAIGN, { ...q, cursor })).toBe(10);
    // the page size may change between pages
    expect(decodeCursor(CAMPAIGN, { ...parse({ tiers: "mid", limit: "50" }), cursor })).toBe(10);
  });

  it("refuses a cursor from other filters, another campaign, or garbage", () => {
    const cursor = encodeCursor(CAMPAIGN, parse({ tiers: "mid" }), 20)!;
    const expectInvalid = (fn: () => unknown) => {
      try {
        fn();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).fields?.["query.cursor"]).toBeDefined();
      }
    };
    expectInvalid(() => decodeCursor(CAMPAIGN, { ...parse({ tiers: "macro" }), cursor }));
    expectInvalid(() =>
      decodeCursor(CAMPAIGN.replace("aa", "bb"), { ...parse({ tiers: "mid" }), cursor }),
    );
    expectInvalid(() => decodeCursor(CAMPAIGN, { ...parse({}), cursor: "bm9wZQ" }));
  });
});

describe("page cursor limit", () => {
  it("issues no cursor past the first 10,000 results", () => {
    const q = RankCreatorsQuerySchema.parse({ limit: "100" });
    expect(encodeCursor("c", q, 10_000)).toEqual(expect.any(String));
    expect(encodeCursor("c", q, 10_100)).toBeNull();
  });
});
