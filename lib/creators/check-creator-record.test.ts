import { describe, expect, it } from "vitest";
import { checkCreatorRecord } from "./check-creator-record.ts";
import type { CreatorRecord } from "../matching/engine/types.ts";

const NOW = new Date("2026-12-04T00:00:00Z");

function record(overrides: Partial<CreatorRecord> = {}): CreatorRecord {
  return {
    id: "a",
    platform: "youtube",
    channelName: "a",
    subscribers: 1000,
    categories: ["beauty"],
    ratePerVideo: 500_000,
    videos: [{ publishedAt: "2026-11-20T00:00:00Z", views: 1000, likes: 50, comments: 5 }],
    audience: { gender: { female: 0.7, male: 0.3 } },
    ...overrides,
  };
}

describe("checkCreatorRecord", () => {
  it("rejects a video dated before any platform existed (an empty date read as 1970)", () => {
    const r = checkCreatorRecord(
      record({ videos: [{ publishedAt: "1970-01-01T00:00:00Z", views: 10 }] }),
      NOW,
    );
    expect(r).toEqual({
      ok: false,
      error:
        "videos.0.publishedAt: 1970-01-01T00:00:00Z is before any of these platforms existed (YouTube opened in 2005)",
    });
  });

  it("notes a USD rate that reads as if written in dollars, not cents", () => {
    const dollars = checkCreatorRecord(
      record({ subscribers: 250_000, ratePerVideo: 2500, currency: "USD", categories: ["gaming"] }),
      NOW,
    );
    expect(dollars.ok && dollars.notes).toHaveLength(1);
    expect(dollars.ok && dollars.notes[0]).toMatch(
      /^ratePerVideo US\$25\.00 is under a twentieth of what channels of this size usually ask .*US\$2,500\.00 is written 250000$/,
    );
    const cents = checkCreatorRecord(
      record({
        subscribers: 250_000,
        ratePerVideo: 250_000,
        currency: "USD",
        categories: ["gaming"],
      }),
      NOW,
    );
    expect(cents.ok && cents.notes).toEqual([]);
    // won have no minor unit
    const won = checkCreatorRecord(record({ subscribers: 250_000, ratePerVideo: 2500 }), NOW);
    expect(won.ok && won.notes).toEqual([]);
  });

  it("notes the categories and the Korean place the matching does not know, keeping them", () => {
    const r = checkCreatorRecord(
      record({ categories: ["메이크업", "ASMR"], region: "우리 동네", country: "KR" }),
      NOW,
    );
    expect(r.ok && r.notes).toEqual([
      'categories "ASMR" are not in the matching\'s taxonomy: only a campaign with exactly that category gives them credit',
      'region "우리 동네" names no Korean province, metropolitan city or district: only a campaign targeting exactly it counts it',
    ]);
    expect(r.ok && r.record.categories).toEqual(["메이크업", "ASMR"]);
    // a district alone is in its province; one in several cities asks for the city
    for (const place of ["부산 해운대구", "해운대", "Bundang-gu"]) {
      const known = checkCreatorRecord(record({ region: place, country: "KR" }), NOW);
      expect([place, known.ok && known.notes]).toEqual([place, []]);
    }
    const dongjak = checkCreatorRecord(record({ region: "동작", country: "KR" }), NOW);
    expect(dongjak.ok && dongjak.notes).toEqual([
      'region "동작" is read as a place only with its suffix: write "동작구" (Seoul)',
    ]);
    const jung = checkCreatorRecord(record({ region: "중구", country: "KR" }), NOW);
    expect(jung.ok && jung.notes).toEqual([
      'region "중구" is a place in Seoul, Busan, Daegu, Incheon, Daejeon, Ulsan: write its province or city too ("Seoul 중구")',
    ]);
    const abroad = checkCreatorRecord(record({ region: "California", country: "US" }), NOW);
    expect(abroad.ok && abroad.notes).toEqual([]);
  });

  it("passes a plain record unchanged, without notes", () => {
    const r = checkCreatorRecord(record(), NOW);
    expect(r).toEqual({
      ok: true,
      record: { ...record(), audienceSource: "estimated" },
      notes: [],
    });
  });

  it("rejects likes above views and videos dated after now, saying which video", () => {
    const likes = checkCreatorRecord(
      record({ videos: [{ publishedAt: "2026-11-20T00:00:00Z", views: 100, likes: 500 }] }),
      NOW,
    );
    expect(likes).toEqual({
      ok: false,
      error: "videos.0: 500 likes on 100 views is impossible (every like is a view)",
    });
    const future = checkCreatorRecord(
      record({ videos: [{ publishedAt: "2031-01-01T00:00:00Z", views: 100 }] }),
      NOW,
    );
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error).toMatch(/^videos\.0\.publishedAt: 2031-01-01/);
  });

  it("reads a 0 rate as unknown unless the creator works for free, and says so", () => {
    const zero = checkCreatorRecord(record({ ratePerVideo: 0 }), NOW);
    expect(zero.ok && zero.record.ratePerVideo).toBeNull();
    expect(zero.ok && zero.notes[0]).toMatch(/rate unknown/);
    const free = checkCreatorRecord(record({ ratePerVideo: 0, worksForFree: true }), NOW);
    expect(free.ok && free.record.ratePerVideo).toBe(0);
    expect(free.ok && free.notes).toEqual([]);
  });

  it("notes shares written as 7/3, and never lets a roster call its audience verified", () => {
    const r = checkCreatorRecord(
      record({ audience: { gender: { female: 7, male: 3 } }, audienceSource: "verified" }),
      NOW,
    );
    expect(r.ok && r.record.audienceSource).toBe("estimated");
    expect(r.ok && r.notes).toEqual([
      "audienceSource verified read as estimated: only data the app fetched itself from the platform is verified",
      "audience.gender shares add up to 10, read as proportions of their sum",
    ]);
  });
});
