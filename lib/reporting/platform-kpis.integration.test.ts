// Platform KPIs are global, so this test measures the change its own rows make inside
// one snapshot transaction: exact, and unaffected by whatever else the database holds.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPlatformKpis, type PlatformKpis } from "./get-platform-kpis.ts";
import type { Queryable } from "./queryable.ts";
import { insertConversions, insertTrackedMatch } from "./campaign/seed-events.ts";
import {
  insertBrand,
  insertCampaign,
  insertChannel,
  insertCreator,
  insertMatch,
  insertOutcome,
  snapshotTransaction,
} from "./test-fixtures.ts";

let db: Queryable;
let done: () => Promise<void>;

beforeEach(async () => {
  ({ db, done } = await snapshotTransaction());
});
afterEach(async () => {
  await done();
});

describe("getPlatformKpis", () => {
  it("counts brands, creators by primary tier, campaigns, matches and completed outcomes", async () => {
    const before = await getPlatformKpis(db);

    await insertBrand(db, { name: "Store", kind: "LOCAL_STORE" });
    const brand = await insertBrand(db, { name: "Brand" });
    const campaign = await insertCampaign(db, brand, { status: "PAUSED" });
    const big = await insertCreator(db);
    await insertChannel(db, big, { tier: "MACRO", subscribers: 500_000 });
    // a second, smaller channel must not count the creator twice
    await insertChannel(db, big, { tier: "NANO", subscribers: 800, platform: "TIKTOK" });
    const small = await insertCreator(db);
    await insertChannel(db, small, { tier: "MICRO", subscribers: 5_000 });
    await insertCreator(db); // no channel yet

    // Completed: the tracked revenue and the brand reports' cost (fee + 10 % commission),
    // not the figures typed in at completion (match_outcomes), which disagree on purpose.
    const done1 = await insertTrackedMatch(
      db,
      { campaignId: campaign, creatorId: big, brandId: brand },
      { status: "COMPLETED", agreed: 2_000_000, commissionBp: 1000 },
    );
    await insertConversions(db, brand, [{ at: new Date(), amount: 5_000_000, match: done1 }]);
    await insertOutcome(db, done1.matchId, { revenue: 123, cost: 456 });
    await insertMatch(db, campaign, small, {
      status: "PENDING",
      reviewStatus: "PENDING",
      offer: 100_000,
    });

    const after = await getPlatformKpis(db);
    expect(delta(after, before)).toEqual({
      brands: 2,
      localStores: 1,
      creators: 3,
      withoutChannel: 1,
      MACRO: 1,
      MICRO: 1,
      NANO: 0,
      PAUSED: 1,
      COMPLETED_MATCHES: 1,
      PENDING_MATCHES: 1,
      completed: 1,
      revenue: 5_000_000,
      cost: 2_500_000,
      pendingReview: 1,
    });
    if (before.completed.cost === 0) {
      expect(after.completed.roas).toBe(2);
      expect(after.completed.roi).toBe(1);
    } else {
      expect(after.completed.roas).toBeCloseTo(after.completed.revenue / after.completed.cost, 10);
    }
  });
});

function delta(a: PlatformKpis, b: PlatformKpis) {
  return {
    brands: a.brands.total - b.brands.total,
    localStores: a.brands.localStores - b.brands.localStores,
    creators: a.creators.total - b.creators.total,
    withoutChannel: a.creators.withoutChannel - b.creators.withoutChannel,
    MACRO: a.creators.byTier.MACRO - b.creators.byTier.MACRO,
    MICRO: a.creators.byTier.MICRO - b.creators.byTier.MICRO,
    NANO: a.creators.byTier.NANO - b.creators.byTier.NANO,
    PAUSED: a.campaignsByStatus.PAUSED - b.campaignsByStatus.PAUSED,
    COMPLETED_MATCHES: a.matchesByStatus.COMPLETED - b.matchesByStatus.COMPLETED,
    PENDING_MATCHES: a.matchesByStatus.PENDING - b.matchesByStatus.PENDING,
    completed: a.completed.matches - b.completed.matches,
    revenue: a.completed.revenue - b.completed.revenue,
    cost: a.completed.cost - b.completed.cost,
    pendingReview: a.pendingReview - b.pendingReview,
  };
}
