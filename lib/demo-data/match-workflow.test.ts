import { describe, expect, it } from "vitest";
import { MATCH_STATUS_ORDER } from "../matches/statuses.ts";
import { pathTo, timeline } from "./match-workflow.ts";
import { Rng } from "../random/seeded-random.ts";
import type { CampaignRow } from "./types.ts";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21);

function campaign(
  status: CampaignRow["status"],
  startsIn: number,
  endsIn: number,
  createdIn: number,
): CampaignRow {
  return {
    id: "c",
    brandId: "b",
    createdById: "u",
    title: "t",
    productName: "p",
    productUrl: null,
    description: "d",
    category: "beauty",
    type: "SPONSORED_VIDEO",
    status,
    budget: 10_000_000,
    startsAt: NOW + startsIn * DAY,
    endsAt: NOW + endsIn * DAY,
    targetAgeRanges: [],
    targetGenders: [],
    targetCountries: [],
    targetRegions: [],
    targetInterests: [],
    createdAt: NOW + createdIn * DAY,
    updatedAt: NOW + createdIn * DAY,
  };
}

describe("pathTo", () => {
  it("starts at PENDING, ends at the status, and rejects at review only when review applies", () => {
    const r = Rng.fromKey("paths");
    for (const status of MATCH_STATUS_ORDER) {
      for (let i = 0; i < 50; i++) {
        const p = pathTo(status, r, false);
        expect(p[0]).toBe("PENDING");
        expect(p.at(-1)).toBe(status);
        expect(p.slice(0, 2)).not.toEqual(["PENDING", "REJECTED"]);
      }
    }
    const reviewed = Array.from({ length: 200 }, () => pathTo("REJECTED", r, true));
    expect(reviewed.some((p) => p.join() === "PENDING,REJECTED")).toBe(true);
  });
});

describe("timeline", () => {
  it("keeps a running campaign's steps after its creation, increasing, and in the past", () => {
    const r = Rng.fromKey("timeline");
    const c = campaign("ACTIVE", -5, 30, -9);
    for (let i = 0; i < 200; i++) {
      const t = timeline(
        ["PENDING", "CONTACTED", "RESPONDED", "NEGOTIATING"],
        c,
        c.createdAt,
        NOW,
        r,
      )!;
      expect(t[0]).toBeGreaterThanOrEqual(c.createdAt);
      expect(t.at(-1)!).toBeLessThan(NOW);
      for (let k = 1; k < t.length; k++) expect(t[k]).toBeGreaterThan(t[k - 1]);
    }
  });

  it("refuses an expiry that a young campaign has no room for, and waits 30 days otherwise", () => {
    const r = Rng.fromKey("expiry");
    expect(
      timeline(
        ["PENDING", "CONTACTED", "EXPIRED"],
        campaign("ACTIVE", -5, 30, -9),
        NOW - 9 * DAY,
        NOW,
        r,
      ),
    ).toBeNull();
    const old = campaign("ACTIVE", -35, 30, -45);
    const t = timeline(["PENDING", "CONTACTED", "EXPIRED"], old, old.createdAt, NOW, r)!;
    expect(t[2] - t[1]).toBeGreaterThanOrEqual(30 * DAY);
    expect(t[2]).toBeLessThanOrEqual(NOW);
  });

  it("completes a finished campaign's matches around its end, never in the future", () => {
    const r = Rng.fromKey("completed");
    const c = campaign("COMPLETED", -60, -20, -70);
    for (let i = 0; i < 100; i++) {
      const t = timeline(
        ["PENDING", "CONTACTED", "RESPONDED", "ACCEPTED", "COMPLETED"],
        c,
        c.createdAt,
        NOW,
        r,
      )!;
      expect(t.at(-1)!).toBeLessThanOrEqual(c.endsAt! + 14 * DAY);
      expect(t.at(-1)! - t.at(-2)!).toBeGreaterThanOrEqual(3 * DAY);
    }
  });
});
