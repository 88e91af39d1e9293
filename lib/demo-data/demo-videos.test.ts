import { describe, expect, it } from "vitest";
import { demoVideo, demoVideoCounts, demoVideoId, readDemoVideoId } from "./demo-videos.ts";

const published = new Date("2026-11-22T05:37:12Z");
const video = demoVideo({ publishedAt: published, baseViews: 12_345, gainedViews: 61_877, n: 3 });
const DAY = 86_400_000;

describe("demo videos: the curve in the id", () => {
  it("rounds to what an id holds: whole hours, hundreds of views", () => {
    expect(video).toEqual({
      publishedAt: new Date("2026-11-22T05:00:00Z"),
      baseViews: 12_300,
      gainedViews: 61_900,
      n: 3,
    });
  });

  it("writes an 11-character YouTube-shaped id that reads back to the same video", () => {
    const id = demoVideoId(video);
    expect(id).toMatch(/^dm[A-Za-z0-9_-]{9}$/);
    expect(readDemoVideoId(id)).toEqual(video);
    // the number tells apart videos of the same curve
    expect(demoVideoId({ ...video, n: 4 })).not.toBe(id);
    // the largest values fit
    const big = demoVideo({
      publishedAt: new Date("2600-01-01T00:00:00Z"),
      baseViews: 10_000_000,
      gainedViews: 1e12,
      n: 99,
    });
    expect(big).toEqual({
      // the last hour 22 bits count from 2020-01-01
      publishedAt: new Date(Date.UTC(2020, 0, 1) + (2 ** 22 - 1) * 3_600_000),
      baseViews: 25_500,
      gainedViews: 104_857_500,
      n: 15,
    });
    expect(readDemoVideoId(demoVideoId(big))).toEqual(big);
    // an id of a video with more than its fields hold would name another video
    expect(() => demoVideoId({ ...video, n: 16 })).toThrow(RangeError);
    expect(() => demoVideoId({ ...video, baseViews: 12_345 })).toThrow(RangeError);
  });

  it("names no demo video with any other id", () => {
    for (const id of ["dQw4w9WgXcQ", "dm", "dmAAAAAAAAAA", "dmAAAA+AAAA", "xmAAAAAAAAA"]) {
      expect(readDemoVideoId(id)).toBeNull();
    }
  });

  it("gains its views in the first days, the two weeks' gain by day 14, and keeps counting after", () => {
    const at = (days: number) =>
      demoVideoCounts(video, new Date(video.publishedAt.getTime() + days * DAY));
    expect(demoVideoCounts(video, new Date(video.publishedAt.getTime() - DAY))).toEqual({
      views: 12_300,
      likes: 492,
      comments: 49,
    });
    expect(at(0).views).toBe(12_300);
    expect(at(14).views).toBe(12_300 + 61_900);
    expect(at(1).views - at(0).views).toBeGreaterThan(at(7).views - at(6).views);
    expect(at(20).views).toBeGreaterThan(at(14).views);
    expect(at(20).views).toBeLessThan(12_300 + 61_900 * 1.05);
    expect(at(3)).toEqual({
      views: at(3).views,
      likes: Math.round(at(3).views * 0.04),
      comments: Math.round(at(3).views * 0.004),
    });
  });
});
