import { beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "../../errors.ts";
import type { StoredCampaign } from "./campaign.ts";
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
  // cursors are signed with the app's secret (lib/env.ts), read with the rest of the
  // environment; a unit test has no database to name
  beforeAll(() => {
    vi.stubEnv("DATABASE_URL", "postgresql://unit@localhost:5432/unit");
  });
  const campaign: StoredCampaign = {
    title: "Cushion launch",
    category: "beauty",
    type: "PRODUCT_REVIEW",
    platforms: ["YOUTUBE"],
    budget: 12_000_000n,
    currency: "KRW",
    targetAgeRanges: ["25-34"],
    targetGenders: [],
    targetCountries: ["KR"],
    targetRegions: ["Seoul"],
    matchingWeights: null,
    matchingFilters: null,
  };
  const expectInvalid = (fn: () => unknown) => {
    try {
      fn();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).fields).toEqual({
        "query.cursor": ["Invalid cursor: start again from the first page"],
      });
    }
  };

  it("round-trips an offset for the same campaign and filters", () => {
    const q = parse({ tiers: "mid", limit: "10" });
    const cursor = encodeCursor(CAMPAIGN, campaign, q, 10)!;
    expect(decodeCursor(CAMPAIGN, campaign, { ...q, cursor })).toBe(10);
    // the page size may change between pages
    expect(
      decodeCursor(CAMPAIGN, campaign, { ...parse({ tiers: "mid", limit: "50" }), cursor }),
    ).toBe(10);
  });

  it("refuses a cursor from other filters, another campaign, or garbage", () => {
    const cursor = encodeCursor(CAMPAIGN, campaign, parse({ tiers: "mid" }), 20)!;
    expectInvalid(() => decodeCursor(CAMPAIGN, campaign, { ...parse({ tiers: "macro" }), cursor }));
    expectInvalid(() =>
      decodeCursor(CAMPAIGN.replace("aa", "bb"), campaign, { ...parse({ tiers: "mid" }), cursor }),
    );
    expectInvalid(() => decodeCursor(CAMPAIGN, campaign, { ...parse({}), cursor: "bm9wZQ" }));
  });

  it("refuses a cursor kept across an edit of what the ranking reads", () => {
    const q = parse({ tiers: "mid" });
    const cursor = encodeCursor(CAMPAIGN, campaign, q, 20)!;
    expect(decodeCursor(CAMPAIGN, { ...campaign }, { ...q, cursor })).toBe(20);
    expectInvalid(() =>
      decodeCursor(CAMPAIGN, { ...campaign, budget: 9_000_000n }, { ...q, cursor }),
    );
    expectInvalid(() =>
      decodeCursor(CAMPAIGN, { ...campaign, targetRegions: ["Busan"] }, { ...q, cursor }),
    );
  });

  it("refuses a cursor whose offset was edited by hand", () => {
    const q = parse({});
    const cursor = encodeCursor(CAMPAIGN, campaign, q, 20)!;
    const [payload, signature] = cursor.split(".");
    const decoded = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"));
    expect(decoded).toEqual({ o: 20 });
    const edited = Buffer.from(JSON.stringify({ o: 100 })).toString("base64url");
    expectInvalid(() =>
      decodeCursor(CAMPAIGN, campaign, { ...q, cursor: `${edited}.${signature}` }),
    );
  });
});

describe("page cursor limit", () => {
  beforeAll(() => {
    vi.stubEnv("DATABASE_URL", "postgresql://unit@localhost:5432/unit");
  });
  it("issues no cursor past the first 10,000 results", () => {
    const q = RankCreatorsQuerySchema.parse({ limit: "100" });
    const campaign = {} as StoredCampaign;
    expect(encodeCursor("c", campaign, q, 10_000)).toEqual(expect.any(String));
    expect(encodeCursor("c", campaign, q, 10_100)).toBeNull();
  });
});
