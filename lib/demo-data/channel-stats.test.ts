import { describe, expect, it } from "vitest";
import { channelAggregates, median, quantile, tierFor } from "./channel-stats.ts";

describe("tierFor", () => {
  it("uses the product's boundaries (mega is more than 1M)", () => {
    expect(tierFor(0)).toBe("NANO");
    expect(tierFor(999)).toBe("NANO");
    expect(tierFor(1_000)).toBe("MICRO");
    expect(tierFor(9_999)).toBe("MICRO");
    expect(tierFor(10_000)).toBe("MID");
    expect(tierFor(99_999)).toBe("MID");
    expect(tierFor(100_000)).toBe("MACRO");
    expect(tierFor(999_999)).toBe("MACRO");
    expect(tierFor(1_000_000)).toBe("MACRO");
    expect(tierFor(1_000_001)).toBe("MEGA");
  });
});

describe("quantile", () => {
  it("interpolates between ranks and ignores input order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("channelAggregates", () => {
  const day = 86_400_000;
  const videos = [
    { views: 1000, likes: 50, comments: 10, shares: 5, publishedAt: 30 * day },
    { views: 3000, likes: 60, comments: 30, shares: 3, publishedAt: 20 * day },
    { views: 2000, likes: 200, comments: 0, shares: 2, publishedAt: 10 * day },
    { views: 0, likes: 0, comments: 0, shares: 0, publishedAt: 0 },
  ];

  it("takes the median engagement over videos with views, not the ratio of sums", () => {
    const a = channelAggregates(videos);
    // per-video rates: 0.06, 0.03, 0.10 -> median 0.06 (the ratio of sums would be 0.058)
    expect(a.engagementRate).toBeCloseTo(0.06, 10);
    expect(a.likeRate).toBeCloseTo(0.05, 10);
    expect(a.medianViews).toBe(1500);
    expect(a.lastVideoAt).toBe(30 * day);
    expect(a.uploadsPer30d).toBeCloseTo(3, 10);
  });
});
