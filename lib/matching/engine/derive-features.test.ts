import { describe, expect, it } from "vitest";
import { deriveFeatures } from "./derive-features.ts";
import { daysAgo, makeRecord, NOW } from "./test-fixtures.ts";
import type { VideoRecord } from "./types.ts";

const video = (days: number, views: number, extra: Partial<VideoRecord> = {}): VideoRecord => ({
  publishedAt: daysAgo(days),
  views,
  likes: Math.round(views * 0.04),
  comments: Math.round(views * 0.005),
  ...extra,
});

describe("deriveFeatures", () => {
  it("summarises views robustly: one viral hit barely moves the median", () => {
    const steady = Array.from({ length: 20 }, (_, k) => video(4 + k * 7, 10_000));
    const withHit = [...steady.slice(0, 19), video(4 + 19 * 7, 5_000_000)];
    const a = deriveFeatures(makeRecord({ videos: steady }), NOW);
    const b = deriveFeatures(makeRecord({ videos: withHit }), NOW);
    expect(a.medianViews).toBe(10_000);
    expect(b.medianViews).toBe(10_000);
    expect(a.viewsP25).toBe(10_000);
    expect(a.engagementRate).toBeCloseTo(0.045, 10);
    expect(a.likeRate).toBeCloseTo(0.04, 10);
    expect(a.videoCount).toBe(20);
  });

  it("the median interpolates and leans toward newer videos", () => {
    // newest first: 1,000, 2,000, 3,000, 4,000 views; equal weights would give 2,500
    const vids = [1000, 2000, 3000, 4000].map((v, k) => video(10 + k, v));
    const f = deriveFeatures(makeRecord({ videos: vids }), NOW);
    expect(f.medianViews).toBeGreaterThan(2000);
    expect(f.medianViews).toBeLessThan(2500);
  });

  it("ignores videos younger than three days unless there is nothing else", () => {
    const f = deriveFeatures(
      makeRecord({ videos: [video(1, 50), video(2, 80), video(10, 9_000), video(17, 11_000)] }),
      NOW,
    );
    expect(f.videoCount).toBe(2);
    expect(f.medianViews).toBeGreaterThan(9_000);
    expect(f.daysSinceLastVideo).toBeCloseTo(1, 6);
    const fresh = deriveFeatures(makeRecord({ videos: [video(1, 50), video(2, 80)] }), NOW);
    expect(fresh.videoCount).toBe(2);
    expect(fresh.medianViews).toBeGreaterThan(0);
  });

  it("uses the last 50 videos, recent ones weighing more", () => {
    // 60 videos: the 50 most recent get 1,000 views, older ones 1,000,000
    const vids = Array.from({ length: 60 }, (_, k) => video(5 + k, k < 50 ? 1_000 : 1_000_000));
    expect(deriveFeatures(makeRecord({ videos: vids }), NOW).viewsP75).toBe(1_000);
    // a channel that fell from 20,000 to 2,000 views: the weighted median leans recent
    const fading = Array.from({ length: 50 }, (_, k) => video(5 + 7 * k, k < 24 ? 2_000 : 20_000));
    expect(deriveFeatures(makeRecord({ videos: fading }), NOW).medianViews).toBe(2_000);
  });

  it("stale channel: days since the last video and uploads per 30 days", () => {
    const f = deriveFeatures(
      makeRecord({ videos: [video(200, 1000), video(230, 1000), video(260, 1000)] }),
      NOW,
    );
    expect(f.daysSinceLastVideo).toBeCloseTo(200, 6);
    expect(f.uploadsPer30d).toBe(0);
    const active = deriveFeatures(
      makeRecord({ videos: Array.from({ length: 9 }, (_, k) => video(5 + 10 * k, 1000)) }),
      NOW,
    );
    expect(active.uploadsPer30d).toBe(3);
  });

  it("no videos", () => {
    const f = deriveFeatures(makeRecord({ videos: [] }), NOW);
    expect(f).toMatchObject({
      videoCount: 0,
      medianViews: 0,
      viewsP25: 0,
      viewsP75: 0,
      engagementRate: 0,
      daysSinceLastVideo: null,
      uploadsPer30d: 0,
    });
  });

  it("zero views do not divide by zero", () => {
    const f = deriveFeatures(makeRecord({ videos: [video(5, 0), video(12, 0)] }), NOW);
    expect(f.medianViews).toBe(0);
    expect(f.engagementRate).toBe(0);
  });

  it("hidden likes leave engagement unknown rather than near zero", () => {
    const vids = [
      video(5, 1000, { likes: null, comments: 10 }),
      video(12, 1000, { likes: undefined, comments: 12 }),
    ];
    expect(deriveFeatures(makeRecord({ videos: vids }), NOW).engagementRate).toBe(0);
  });

  it("hidden subscriber count: tier from views", () => {
    const f = deriveFeatures(makeRecord({ subscribers: null }), NOW);
    expect(f.subscribers).toBeNull();
    expect(f.subscribersHidden).toBe(true);
    // ~10,000 views is what a typical mid-tier YouTube channel gets
    expect(f.tier).toBe("mid");
    expect(deriveFeatures(makeRecord({ subscribers: 120_000 }), NOW).tier).toBe("macro");
    expect(deriveFeatures(makeRecord({ subscribers: 1_000_000 }), NOW).tier).toBe("macro");
    expect(deriveFeatures(makeRecord({ subscribers: 1_000_001 }), NOW).tier).toBe("mega");
  });

  it("normalises audience, categories, region and country", () => {
    const f = deriveFeatures(
      makeRecord({
        categories: ["Beauty", "K-Pop", "cosmetics", "Unusual Niche"],
        region: "서울특별시",
        country: "kr",
        audience: {
          age: { "age18-24": 40, "age25-34": 40, "age35-44": 20 },
          gender: { Female: 0.69, male: 0.29, user_specified: 0.02 },
          countries: { kr: 0.9, us: 0.1 },
        },
      }),
      NOW,
    );
    expect(f.categories).toEqual(["beauty", "kpop", "unusual-niche"]);
    expect(f.region).toBe("Seoul");
    expect(f.country).toBe("KR");
    expect(f.audienceAge).toEqual([0, 0.4, 0.4, 0.2, 0, 0, 0]);
    expect(f.audienceGender[0]).toBeCloseTo(0.69 / 0.98, 10);
    expect(f.audienceCountries).toEqual({ KR: 0.9, US: 0.1 });
    expect(f.audienceSource).toBe("estimated");
    expect(f.audienceRegions).toBeUndefined();
  });

  it("takes the district the creator chose, else the one its place names", () => {
    const typed = deriveFeatures(makeRecord({ region: "서울 마포구 연남동" }), NOW);
    expect([typed.region, typed.district]).toEqual(["Seoul", "Seoul:마포구"]);
    const chosen = deriveFeatures(makeRecord({ region: "Seoul", district: "Seoul:강남구" }), NOW);
    expect([chosen.region, chosen.district]).toEqual(["Seoul", "Seoul:강남구"]);
    // a district of another region is not the creator's: the place is read instead
    const other = deriveFeatures(makeRecord({ region: "Seoul", district: "Busan:해운대구" }), NOW);
    expect([other.region, other.district]).toEqual(["Seoul", undefined]);
    expect(deriveFeatures(makeRecord({ region: "Seoul" }), NOW).district).toBeUndefined();
  });

  it("missing audience is empty, not zero", () => {
    const f = deriveFeatures(makeRecord({ audience: undefined }), NOW);
    expect(f.audienceAge).toEqual([]);
    expect(f.audienceGender).toEqual([]);
    expect(f.audienceCountries).toBeNull();
    expect(f.audienceSource).toBeNull();
  });
});

describe("parseTimestamp", () => {
  it("agrees with Date.parse", async () => {
    const { parseTimestamp } = await import("./derive-features.ts");
    for (const s of [
      "2026-10-01T00:00:00Z",
      "2026-02-28T23:59:59.999Z",
      "1999-12-31T12:34:56Z",
      "2026-10-01",
      "2026-10-01T09:00:00+09:00",
      "not a date",
    ]) {
      expect(parseTimestamp(s)).toEqual(Date.parse(s));
    }
  });
});
