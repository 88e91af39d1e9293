// Brand dashboard figures: exact values on known rows, and brand A never sees brand B.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getBrandKpis } from "./get-brand-kpis.ts";
import { getCampaignReport } from "./campaign/get-campaign-report.ts";
import { getTrackedResults } from "./get-tracked-results.ts";
import { getBrandMonthlyResults } from "./get-brand-monthly-results.ts";
import { listBrandCampaigns, PAGE_AFTER } from "./list-brand-campaigns.ts";
import { genericPlan } from "@/test/helpers/generic-plan";
import type { Queryable } from "./queryable.ts";
import {
  insertBrand,
  insertCampaign,
  insertCreator,
  insertMatch,
  insertOutcome,
  snapshotTransaction,
} from "./test-fixtures.ts";
import { insertConversions, insertTrackedMatch } from "./campaign/seed-events.ts";

let db: Queryable;
let done: () => Promise<void>;
let brandA: string;
let brandB: string;
let campaignsA: string[];
let campaignsB: string[];

beforeEach(async () => {
  ({ db, done } = await snapshotTransaction());
  brandA = await insertBrand(db, { name: "Brand A" });
  brandB = await insertBrand(db, { name: "Brand B" });
  const [c1, c2, c3] = [await insertCreator(db), await insertCreator(db), await insertCreator(db)];

  const a1 = await insertCampaign(db, brandA, {
    title: "A1",
    status: "ACTIVE",
    createdAt: new Date("2025-01-01T00:00:00Z"),
  });
  const a2 = await insertCampaign(db, brandA, {
    title: "A2",
    status: "ACTIVE",
    createdAt: new Date("2025-02-01T00:00:00Z"),
  });
  const a3 = await insertCampaign(db, brandA, {
    title: "A3",
    status: "DRAFT",
    createdAt: new Date("2025-03-01T00:00:00Z"),
  });
  const a4 = await insertCampaign(db, brandA, {
    title: "A4",
    status: "COMPLETED",
    createdAt: new Date("2024-12-01T00:00:00Z"),
  });
  campaignsA = [a1, a2, a3, a4];
  const b1 = await insertCampaign(db, brandB, { title: "B1", status: "ACTIVE" });
  const b2 = await insertCampaign(db, brandB, { title: "B2", status: "ACTIVE" });
  const b3 = await insertCampaign(db, brandB, { title: "B3", status: "ACTIVE" });
  campaignsB = [b1, b2, b3];

  // Brand A: one completed match with a 10 % commission on its tracked revenue, one
  // accepted (spend = agreed), one pending and one rejected (no spend), and a completed
  // loss-making match measured just after midnight 1 March in Seoul (still 28 Feb UTC).
  // The KPIs count tracked revenue and reported cost (as the reports do); the outcomes
  // typed in at completion feed the monthly chart only, so they differ here on purpose.
  const tracked = async (
    campaignId: string,
    creatorId: string,
    brandId: string,
    status: "ACCEPTED" | "COMPLETED",
    agreed: number,
    revenue: number,
    commissionBp?: number,
  ) => {
    const t = await insertTrackedMatch(
      db,
      { campaignId, creatorId, brandId },
      { status, agreed, commissionBp },
    );
    if (revenue)
      await insertConversions(db, brandId, [{ at: new Date(), amount: revenue, match: t }]);
    return t.matchId;
  };
  const m1 = await tracked(a1, c1, brandA, "COMPLETED", 1_000_000, 3_000_000, 1000);
  await insertOutcome(db, m1, {
    revenue: 3_000_000,
    cost: 1_200_000,
    measuredAt: new Date("2025-01-15T03:00:00Z"),
  });
  await tracked(a1, c2, brandA, "ACCEPTED", 2_000_000, 0);
  await insertMatch(db, a2, c1, { status: "PENDING", offer: 9_000_000 });
  await insertMatch(db, a2, c2, { status: "REJECTED", offer: 3_000_000 });
  const m5 = await tracked(a2, c3, brandA, "COMPLETED", 500_000, 250_000);
  await insertOutcome(db, m5, {
    revenue: 250_000,
    cost: 500_000,
    measuredAt: new Date("2025-02-28T15:30:00Z"),
  });

  // Brand B: much larger numbers, so any leak into A's figures would show.
  const m6 = await tracked(b1, c1, brandB, "COMPLETED", 7_000_000, 70_000_000);
  await insertOutcome(db, m6, {
    revenue: 70_000_000,
    cost: 7_000_000,
    measuredAt: new Date("2025-02-10T00:00:00Z"),
  });
  await tracked(b2, c2, brandB, "ACCEPTED", 4_000_000, 0);
});

afterEach(async () => {
  await done();
});

describe("getBrandKpis", () => {
  it("computes brand A's figures from brand A's rows only", async () => {
    const k = await getBrandKpis([brandA], db);
    expect(k.activeCampaigns).toBe(2);
    expect(k.campaignsByStatus).toEqual({ DRAFT: 1, ACTIVE: 2, PAUSED: 0, COMPLETED: 1 });
    expect(k.matchesByStatus).toMatchObject({
      PENDING: 1,
      ACCEPTED: 1,
      REJECTED: 1,
      COMPLETED: 2,
      CONTACTED: 0,
    });
    expect(k.totalMatches).toBe(5);
    // reported cost: 1,000,000 + 10 % of 3,000,000; the accepted one's fee; 500,000
    expect(k.spend).toBe(1_300_000 + 2_000_000 + 500_000);
    expect(k.measured).toEqual({ matches: 2, revenue: 3_250_000, cost: 1_800_000 });
    expect(k.roi).toBeCloseTo((3_250_000 - 1_800_000) / 1_800_000, 10);
    expect(k.roas).toBeCloseTo(3_250_000 / 1_800_000, 10);
  });

  it("computes brand B's figures without brand A's", async () => {
    const k = await getBrandKpis([brandB], db);
    expect(k.activeCampaigns).toBe(3);
    expect(k.totalMatches).toBe(2);
    expect(k.spend).toBe(11_000_000);
    expect(k.measured).toEqual({ matches: 1, revenue: 70_000_000, cost: 7_000_000 });
    expect(k.roas).toBe(10);
    expect(k.roi).toBe(9);
  });

  it("counts the revenue entered at completion for a completed match nothing tracks", async () => {
    const creator = await insertCreator(db);
    const untracked = await insertMatch(db, campaignsB[2], creator, {
      status: "COMPLETED",
      agreed: 1_000_000,
    });
    await insertOutcome(db, untracked, { revenue: 4_000_000, cost: 1_000_000 });
    const k = await getBrandKpis([brandB], db);
    expect(k.measured).toEqual({ matches: 2, revenue: 74_000_000, cost: 8_000_000 });
    expect(k.roi).toBe((74_000_000 - 8_000_000) / 8_000_000);
    // the tracked overview stays what was tracked; a tracked match never takes the typed figure
    expect((await getTrackedResults([brandB], db)).totals.revenue).toBe(70_000_000);
  });

  it("leaves a campaign nothing tracks out of the tracked overview, not out of the spend", async () => {
    const creator = await insertCreator(db);
    await insertMatch(db, campaignsB[2], creator, { status: "ACCEPTED", agreed: 5_000_000 });
    const k = await getBrandKpis([brandB], db);
    expect(k.spend).toBe(11_000_000 + 5_000_000);
    // its fee is no cost against tracked revenue it could never have earned
    expect(k.tracked.totals).toEqual({
      clicks: 0,
      orders: 1,
      refunds: 0,
      revenue: 70_000_000,
      cost: 11_000_000,
      roi: (70_000_000 - 11_000_000) / 11_000_000,
      roas: 70_000_000 / 11_000_000,
    });
    expect(k.tracked.matches).toBe(2);
    expect(k.tracked.campaigns.map((c) => c.campaignId).sort()).toEqual(
      [campaignsB[0], campaignsB[1]].sort(),
    );

    // an untracked match in a tracked campaign counts there, as in the campaign's report
    const another = await insertCreator(db);
    await insertMatch(db, campaignsB[0], another, { status: "ACCEPTED", agreed: 2_000_000 });
    const mixed = await getBrandKpis([brandB], db);
    expect(mixed.tracked.totals.cost).toBe(11_000_000 + 2_000_000);
    const row = mixed.tracked.campaigns.find((c) => c.campaignId === campaignsB[0])!;
    const report = await getCampaignReport([brandB], campaignsB[0], {}, db);
    expect({ revenue: row.revenue, cost: row.cost }).toEqual({
      revenue: report.totals.revenue,
      cost: report.totals.cost,
    });
  });

  it("adds up across a manager's brands and is empty for a manager with none", async () => {
    const both = await getBrandKpis([brandA, brandB], db);
    expect(both.spend).toBe(3_800_000 + 11_000_000);
    expect(both.activeCampaigns).toBe(5);
    const none = await getBrandKpis([], db);
    expect(none).toMatchObject({
      activeCampaigns: 0,
      totalMatches: 0,
      spend: 0,
      roi: null,
      roas: null,
    });
  });
});

describe("getBrandMonthlyResults", () => {
  it("puts brand A's outcomes in zero-filled Korea-time months", async () => {
    const series = await getBrandMonthlyResults(
      [brandA],
      { months: 4, now: new Date("2025-03-20T00:00:00Z") },
      db,
    );
    expect(series).toEqual([
      { x: "2024-12", revenue: 0, cost: 0 },
      { x: "2025-01", revenue: 3_000_000, cost: 1_200_000 },
      // brand B's February outcome must not appear here
      { x: "2025-02", revenue: 0, cost: 0 },
      { x: "2025-03", revenue: 250_000, cost: 500_000 },
    ]);
  });
});

describe("listBrandCampaigns", () => {
  it("lists brand A's campaigns newest first with match counts, none of brand B's", async () => {
    const { rows, total } = await listBrandCampaigns([brandA], {}, db);
    expect(total).toBe(4);
    expect(rows.map((r) => r.title)).toEqual(["A3", "A2", "A1", "A4"]);
    expect(rows.every((r) => campaignsA.includes(r.id) && !campaignsB.includes(r.id))).toBe(true);
    const a2 = rows.find((r) => r.title === "A2");
    expect(a2?.matches).toEqual({ total: 3, open: 1, won: 1, completed: 1 });
    expect(rows.find((r) => r.title === "A3")?.matches.total).toBe(0);
    expect(a2?.brandName).toBe("Brand A");
  });

  it("honours the limit but reports the full count", async () => {
    const { rows, total, next } = await listBrandCampaigns([brandA], { limit: 2 }, db);
    expect(rows.map((r) => r.title)).toEqual(["A3", "A2"]);
    expect(total).toBe(4);
    expect(next).toEqual({ createdAt: rows[1].createdAt, id: rows[1].id });
  });

  it("pages through every campaign once, in order, and says when the list ends", async () => {
    const titles: string[] = [];
    let after: Awaited<ReturnType<typeof listBrandCampaigns>>["next"] = null;
    for (let page = 0; page < 5; page++) {
      const r = await listBrandCampaigns([brandA], { limit: 1, after: after ?? undefined }, db);
      titles.push(...r.rows.map((row) => row.title));
      after = r.next;
      if (!after) break;
    }
    expect(titles).toEqual(["A3", "A2", "A1", "A4"]);
    expect(after).toBeNull();
  });

  it("filters by status, the count too", async () => {
    const active = await listBrandCampaigns([brandA], { status: "ACTIVE" }, db);
    expect(active.rows.map((r) => r.title)).toEqual(["A2", "A1"]);
    expect(active).toMatchObject({ total: 2, next: null });
    const paused = await listBrandCampaigns([brandA], { status: "PAUSED" }, db);
    expect(paused).toEqual({ rows: [], total: 0, next: null });
  });

  it("finds campaigns by part of the title, wildcards taken literally", async () => {
    const r = await listBrandCampaigns([brandA], { search: "a2" }, db);
    expect(r.rows.map((row) => row.title)).toEqual(["A2"]);
    expect(r.total).toBe(1);
    expect(await listBrandCampaigns([brandA], { search: "%" }, db)).toEqual({
      rows: [],
      total: 0,
      next: null,
    });
    expect((await listBrandCampaigns([brandA], { search: "B1" }, db)).total).toBe(0);
  });

  it("pages campaigns created at the same instant once each, by id, a status filter kept", async () => {
    const brand = await insertBrand(db, { name: "Brand C" });
    const at = new Date("2025-06-01T00:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        await insertCampaign(db, brand, {
          title: `C${i}`,
          status: i === 2 ? "PAUSED" : "ACTIVE",
          createdAt: at,
        }),
      );
    const walk = async (status?: "ACTIVE") => {
      const seen: string[] = [];
      let after: Awaited<ReturnType<typeof listBrandCampaigns>>["next"] = null;
      for (let page = 0; page < 10; page++) {
        const r = await listBrandCampaigns(
          [brand],
          { limit: 2, status, after: after ?? undefined },
          db,
        );
        seen.push(...r.rows.map((row) => row.id));
        after = r.next;
        if (!after) break;
      }
      return seen;
    };
    const byIdDesc = [...ids].sort().reverse();
    expect(await walk()).toEqual(byIdDesc);
    expect(await walk("ACTIVE")).toEqual(byIdDesc.filter((id) => id !== ids[2]));
  });

  it("starts a later page at its cursor in the index, also in a prepared statement's generic plan", async () => {
    // Else every page reads the brand's campaigns from the newest.
    const plan = await genericPlan(db, PAGE_AFTER);
    expect(plan).toContain("campaigns_brand_id_created_at_idx");
    expect(plan).toMatch(/Index Cond: \(\(brand_id = ANY \(\$1\)\) AND \(created_at <= \$5\)\)/);
  });

  it("never pages into another brand's campaigns, whatever position it is given", async () => {
    const b = await listBrandCampaigns([brandB], {}, db);
    const r = await listBrandCampaigns([brandA], { after: b.next ?? b.rows[2] }, db);
    expect(r.rows.every((row) => campaignsA.includes(row.id))).toBe(true);
    expect(r.rows.some((row) => campaignsB.includes(row.id))).toBe(false);
  });
});
