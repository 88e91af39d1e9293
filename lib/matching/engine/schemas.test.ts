import { describe, expect, it } from "vitest";
import {
  campaignKeyNotes,
  parseCampaignSpec,
  parseCreatorRecord,
  ROSTER_KEYS,
  unknownKeyNotes,
} from "./schemas.ts";

const issueLine = {
  id: "c1",
  platform: "youtube",
  channelName: "...",
  subscribers: 123000,
  categories: ["beauty", "fashion"],
  region: "Seoul",
  ratePerVideo: 1500000,
  videos: [{ publishedAt: "2026-10-01T00:00:00Z", views: 12000, likes: 300, comments: 40 }],
  audience: {
    age: {
      "13-17": 0.05,
      "18-24": 0.4,
      "25-34": 0.3,
      "35-44": 0.15,
      "45-54": 0.05,
      "55-64": 0.03,
      "65+": 0.02,
    },
    gender: { female: 0.7, male: 0.3 },
    countries: { KR: 0.9, US: 0.1 },
  },
};

const issueCampaign = {
  title: "...",
  category: "beauty",
  platforms: ["youtube"],
  budget: 10000000,
  currency: "KRW",
  targetAudience: {
    ageRanges: ["18-24", "25-34"],
    genders: ["female"],
    countries: ["KR"],
    regions: ["Seoul"],
  },
};

describe("roster line", () => {
  it("accepts the issue's example", () => {
    const r = parseCreatorRecord(issueLine);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.record.videos).toHaveLength(1);
      expect(r.rawId).toBe("c1");
    }
  });

  it("reads grouped thousands and currency symbols as exports write them", () => {
    const r = parseCreatorRecord({
      id: "a",
      platform: "youtube",
      subscribers: "12,345",
      ratePerVideo: "1,500,000",
      currency: "₩",
      videos: [{ publishedAt: "2026-10-01", views: "3,000" }],
    });
    expect(r.ok && [r.record.subscribers, r.record.ratePerVideo, r.record.currency]).toEqual([
      12345,
      1_500_000,
      "KRW",
    ]);
    expect(r.ok && r.record.videos[0].views).toBe(3000);
    for (const [raw, code] of [
      ["won", "KRW"],
      ["$", "USD"],
      ["usd", "USD"],
    ] as const) {
      const c = parseCreatorRecord({ id: "a", platform: "youtube", currency: raw });
      expect([raw, c.ok && c.record.currency]).toEqual([raw, code]);
    }
    // a rate written as money: its currency comes along, its amount in minor units
    const money = (ratePerVideo: string, currency?: string) => {
      const m = parseCreatorRecord({ id: "a", platform: "youtube", ratePerVideo, currency });
      return m.ok ? [m.record.ratePerVideo, m.record.currency] : m.error;
    };
    expect(money("₩500,000")).toEqual([500_000, "KRW"]);
    expect(money("50만원")).toEqual([500_000, "KRW"]);
    expect(money("US$ 1,200.50")).toEqual([120_050, "USD"]);
    expect(money("1,200 USD", "usd")).toEqual([120_000, "USD"]);
    expect(money("₩500,000", "USD")).toMatch(
      /ratePerVideo.*"₩500,000" is in KRW but currency says USD/,
    );
    expect(money("about 500k")).toMatch(/ratePerVideo/);
    expect(money("1억5천만원")).toEqual([150_000_000, "KRW"]);
    // a separator between units is no number: refused, not thrown
    expect(money("1천,원")).toMatch(/ratePerVideo/);
    expect(money("5백.만원")).toMatch(/ratePerVideo/);
    // finer than the currency's smallest unit, or more than the field holds: refused
    expect(money("₩500.5")).toMatch(/ratePerVideo/);
    expect(money("$1.005")).toMatch(/ratePerVideo/);
    expect(money(`₩500,000${" ".repeat(55)}x`)).toMatch(/ratePerVideo/);
    // grouping that is not thousands is not a number
    expect(parseCreatorRecord({ id: "a", platform: "youtube", subscribers: "1,23" }).ok).toBe(
      false,
    );
  });

  it("is lenient where exports vary", () => {
    const r = parseCreatorRecord({
      id: 42,
      platform: "YouTube",
      subscribers: "1500",
      categories: "food",
      videos: [{ publishedAt: "2026-10-01", views: "300" }],
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.record.id).toBe("42");
      expect(r.rawId).toBe(42);
      expect(r.record.platform).toBe("youtube");
      expect(r.record.subscribers).toBe(1500);
      expect(r.record.categories).toEqual(["food"]);
      expect(r.record.videos[0].views).toBe(300);
    }
    expect(parseCreatorRecord({ id: "a", platform: "tiktok" }).ok).toBe(true);
    expect(
      parseCreatorRecord({ id: "a", platform: "tiktok", subscribers: null, audience: null }).ok,
    ).toBe(true);
  });

  it("rejects what would silently change a ranking, with the field path", () => {
    const bad = [
      [{ ...issueLine, platform: "myspace" }, "platform"],
      [{ ...issueLine, id: "" }, "id"],
      [{ ...issueLine, videos: [{ publishedAt: "yesterday", views: 1 }] }, "videos.0.publishedAt"],
      [{ ...issueLine, videos: [{ publishedAt: "2026-10-01", views: -5 }] }, "videos.0.views"],
      [{ ...issueLine, subscribers: -1 }, "subscribers"],
      [{ ...issueLine, audience: { age: { "18-24": "lots" } } }, "audience.age.18-24"],
      ["not an object", "(root)"],
    ] as const;
    for (const [line, path] of bad) {
      const r = parseCreatorRecord(line);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(path);
    }
  });
});

describe("campaign", () => {
  it("accepts the issue's example", () => {
    const r = parseCampaignSpec(issueCampaign);
    expect(r).toEqual({ ok: true, campaign: { ...issueCampaign } });
  });

  it("normalises ranges, genders, codes and types", () => {
    const r = parseCampaignSpec({
      ...issueCampaign,
      currency: "krw",
      type: "Product Review",
      targetAudience: {
        ageRanges: ["age18-24", "18-34"],
        genders: ["Female", "any"],
        countries: "kr",
      },
      weights: { budgetFit: 0.5 },
      filters: { tiers: ["MID"], excludeCreatorIds: [7] },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.campaign.currency).toBe("KRW");
      expect(r.campaign.type).toBe("product_review");
      expect(r.campaign.targetAudience).toEqual({
        ageRanges: ["18-24", "25-34"],
        genders: [],
        countries: ["KR"],
        regions: [],
      });
      expect(r.campaign.filters).toEqual({ tiers: ["mid"], excludeCreatorIds: ["7"] });
    }
  });

  it("explains what is wrong", () => {
    const r = parseCampaignSpec({
      category: "",
      budget: 0,
      currency: "won",
      targetAudience: { ageRanges: ["teens"], genders: ["robots"], countries: ["Korea"] },
      weights: { audienceOverlap: -1 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      for (const part of [
        "category",
        "budget: the budget must be above 0",
        "currency",
        'unknown age range "teens"',
        'unknown gender "robots"',
        "targetAudience.countries.0",
        "weights.audienceOverlap",
      ]) {
        expect(r.error).toContain(part);
      }
    }
    expect(parseCampaignSpec(null).ok).toBe(false);
  });
});

describe("campaign budget", () => {
  it("is bounded as the API bounds it", () => {
    const base = { category: "beauty" };
    expect(parseCampaignSpec({ ...base, budget: 1e300 })).toEqual({
      ok: false,
      error: expect.stringContaining("at most 100,000,000,000"),
    });
    expect(parseCampaignSpec({ ...base, budget: 100_000_000_000 }).ok).toBe(true);
  });
});

describe("keys the schemas drop", () => {
  it("are named, with the key most likely meant", () => {
    expect(
      campaignKeyNotes({
        title: "t",
        category: "beauty",
        budget: 1,
        targetAudience: { gender: ["female"], regions: ["Busan"] },
        filter: {},
        filters: { maxRate: 1, tiers: [], colour: "red" },
      }),
    ).toEqual([
      'unknown key "filter" ignored (did you mean "filters"?)',
      'unknown key "targetAudience.gender" ignored (did you mean "targetAudience.genders"?)',
      'unknown key "filters.maxRate" ignored (did you mean "filters.maxRatePerVideo"?)',
      'unknown key "filters.colour" ignored',
    ]);
    expect(unknownKeyNotes({ id: "a", followers: 10, category: "beauty" }, ROSTER_KEYS)).toEqual([
      'unknown key "followers" ignored (did you mean "subscribers"?)',
      'unknown key "category" ignored (did you mean "categories"?)',
    ]);
    expect(unknownKeyNotes([1, 2], ROSTER_KEYS)).toEqual([]);
  });
});
