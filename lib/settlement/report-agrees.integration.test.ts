// The campaign report, the brand overview and the admin's completed-match KPI against
// the settlement, through the real workflow: once a match is settled, all of them show
// the settlement's gross as its cost, also after more orders arrive.
import { describe, expect, it } from "vitest";
import { recordConversions } from "@/lib/conversions/record-conversions";
import { pool } from "@/lib/db/client";
import { transitionMatch } from "@/lib/matches/transition-match";
import { getCampaignReport } from "@/lib/reporting/campaign/get-campaign-report";
import { getTrackedResults } from "@/lib/reporting/get-tracked-results";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import { createMatchFor, createPromoCode } from "@/test/helpers/money-fixtures";
import { topUpEscrow } from "./top-up-escrow.ts";

describe("report and settlement agree", () => {
  it("costs a settled match at the settlement's gross, whatever is attributed after it", async () => {
    const b = await createBrandWithManager();
    await topUpEscrow(pool, {
      brandId: b.brand.id,
      amount: 5_000_000n,
      currency: "KRW",
      idempotencyKey: crypto.randomUUID(),
      actorId: b.manager.id,
    });
    const m = await createMatchFor(b.brand.id, {
      status: "RESPONDED",
      agreedAmount: null,
      offerAmount: 1_000_000n,
      commissionRateBp: 1000,
    });
    const creator = {
      userId: m.creatorUser.id,
      role: "CREATOR" as const,
      brandIds: [],
      creatorId: m.creator.id,
    };
    const manager = {
      userId: b.manager.id,
      role: "BRAND_MANAGER" as const,
      brandIds: [b.brand.id],
      creatorId: null,
    };
    await transitionMatch(pool, creator, m.match.id, { to: "ACCEPTED", version: 0 });
    const code = await createPromoCode(b.brand.id, m.match);
    const order = (orderId: string, amount: number) => ({
      orderId,
      kind: "ORDER" as const,
      occurredAt: new Date().toISOString(),
      quantity: 1,
      amount,
      currency: "KRW" as const,
      promoCode: code,
    });
    await recordConversions(pool, b.brand.id, "WEBHOOK", [order("R-1", 2_000_000)]);

    const live = await getCampaignReport([b.brand.id], m.campaign.id);
    expect(live.creators[0]).toMatchObject({ cost: 1_200_000, settlementStatus: null });

    await transitionMatch(pool, manager, m.match.id, {
      to: "COMPLETED",
      version: 1,
      actuals: { views: 1, clicks: 1, sales: 1, revenue: 1 },
    });
    const { rows } = await pool.query(
      `SELECT gross::text, attributed_revenue::text FROM settlements WHERE match_id = $1`,
      [m.match.id],
    );
    expect(rows[0]).toEqual({ gross: "1200000", attributed_revenue: "2000000" });

    // an order attributed after the settlement: revenue grows, the cost owed does not
    await recordConversions(pool, b.brand.id, "WEBHOOK", [order("R-2", 3_000_000)]);
    const report = await getCampaignReport([b.brand.id], m.campaign.id);
    expect(report.creators[0]).toMatchObject({
      revenue: 5_000_000,
      cost: 1_200_000,
      settlementStatus: "PENDING",
      roas: 5_000_000 / 1_200_000,
    });
    expect(report.totals).toMatchObject({ revenue: 5_000_000, cost: 1_200_000 });

    const tracked = await getTrackedResults([b.brand.id]);
    expect(tracked.totals).toMatchObject({ revenue: 5_000_000, cost: 1_200_000 });
    const completed = await getTrackedResults([b.brand.id], pool, "completed");
    expect(completed).toMatchObject({
      matches: 1,
      totals: { revenue: 5_000_000, cost: 1_200_000, roi: (5_000_000 - 1_200_000) / 1_200_000 },
    });
  });
});
