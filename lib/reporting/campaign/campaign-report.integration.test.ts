// The campaign report API against hand arithmetic on seeded raw events: every figure to
// the won, zero-filled buckets at every grain, CSV exports, and tenant scoping.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as reportRoute } from "@/app/api/v1/campaigns/[id]/report/route";
import { GET as seriesRoute } from "@/app/api/v1/campaigns/[id]/report/series/route";
import { GET as exportRoute } from "@/app/api/v1/campaigns/[id]/report/export/route";
import { pool } from "@/lib/db/client";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor, createUser } from "@/test/helpers/fixtures";
import { getPlatformKpis } from "../get-platform-kpis.ts";
import { getTrackedResults } from "../get-tracked-results.ts";
import { insertCreator } from "../test-fixtures.ts";
import {
  insertClicks,
  insertConversions,
  insertTrackedMatch,
  insertVideo,
  type TrackedMatch,
} from "./seed-events.ts";

/** An instant given in Korea time (UTC+9). */
const kst = (s: string) => new Date(`${s}+09:00`);

let brand: Awaited<ReturnType<typeof createBrandWithManager>>;
let other: Awaited<ReturnType<typeof createBrandWithManager>>;
let campaignId: string;
let x: TrackedMatch;
let y: TrackedMatch;

beforeAll(async () => {
  brand = await createBrandWithManager();
  other = await createBrandWithManager();
  const c = await createCampaignFor(brand.brand.id, { title: "Report campaign" });
  campaignId = c.id;
  await pool.query(`UPDATE campaigns SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
    campaignId,
    kst("2026-11-01T00:00:00"),
    kst("2026-11-10T23:59:59"),
  ]);
  const ids = { campaignId, brandId: brand.brand.id };
  x = await insertTrackedMatch(
    pool,
    { ...ids, creatorId: await insertCreator(pool, { name: "Ari Xu" }) },
    { agreed: 1_000_000, commissionBp: 1_000, predicted: [15_000, 30_000] },
  );
  y = await insertTrackedMatch(
    pool,
    { ...ids, creatorId: await insertCreator(pool, { name: "Bo Yoon" }) },
    { agreed: 500_000, status: "COMPLETED" },
  );
  // A proposal still in talks: no cost, not in the report.
  await pool.query(
    `INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
                          performance_prediction, budget_fit, confidence, forecast, predicted_views_min,
                          predicted_views_max, features_at_proposal, offer_amount, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'NEGOTIATING', 60, 0.5, 0.5, 0.5, 0.5, 'HIGH', '{}', 1, 2, '{}',
             9000000, now())`,
    [campaignId, await insertCreator(pool, { name: "Cy Talks" })],
  );

  await insertClicks(pool, x, [
    kst("2026-11-02T10:00:05"),
    kst("2026-11-02T10:00:40"),
    kst("2026-11-02T10:07:00"),
  ]);
  await insertClicks(pool, x, [kst("2026-11-03T09:00:00"), kst("2026-11-03T21:30:00")]);
  await insertClicks(pool, y, [
    kst("2026-11-03T11:00:00"),
    kst("2026-11-03T11:00:00"),
    kst("2026-11-03T12:00:00"),
    kst("2026-11-03T23:59:59"),
  ]);
  await insertConversions(pool, brand.brand.id, [
    { at: kst("2026-11-02T10:05:00"), amount: 120_000, orderId: "o-1", match: x },
    { at: kst("2026-11-03T09:10:00"), amount: 80_000, orderId: "o-2", match: x },
    { at: kst("2026-11-04T08:00:00"), amount: -30_000, orderId: "o-1", kind: "REFUND", match: x },
    { at: kst("2026-11-03T12:30:00"), amount: 50_000, orderId: "o-3", match: y },
    // not attributed to any creator: not the campaign's revenue
    { at: kst("2026-11-03T12:30:00"), amount: 999_000, orderId: "o-4" },
  ]);
  await insertVideo(
    pool,
    x,
    { at: kst("2026-11-01T12:00:00"), views: 1_000, likes: 100, comments: 10 },
    [
      ["2026-11-02", 6_000, 300, 30],
      ["2026-11-05", 21_000, 600, 60],
      // after the campaign's last day: not counted
      ["2026-11-12", 50_000, 900, 90],
    ],
  );
});

const get = async (route: typeof reportRoute, path: string, userId: string): Promise<Response> =>
  route(await apiRequest(path, { userId }), routeParams({ id: campaignId }));

describe("campaign report", () => {
  it("equals hand arithmetic on the seeded events, to the won", async () => {
    const res = await get(reportRoute, `/api/v1/campaigns/${campaignId}/report`, brand.manager.id);
    expect(res.status).toBe(200);
    const report = await res.json();
    // cost X = 1,000,000 + floor(170,000 × 1000 / 10,000) = 1,017,000; Y = 500,000
    const cost = 1_517_000;
    const revenue = 220_000;
    expect(report.totals).toEqual({
      views: 20_000,
      likes: 500,
      comments: 50,
      clicks: 9,
      orders: 3,
      refunds: 1,
      revenue,
      cost,
      ctr: 9 / 20_000,
      roi: (revenue - cost) / cost,
      roas: revenue / cost,
      cpm: 75_850, // 1,517,000 × 1000 / 20,000
      cpv: 76, // 75.85 rounded half up
      cpa: 505_667, // 505,666.67
      engagementRate: 550 / 20_000,
    });
    expect(report.creators.map((c: { creatorName: string }) => c.creatorName)).toEqual([
      "Ari Xu",
      "Bo Yoon",
    ]);
    expect(report.creators[0]).toMatchObject({
      matchId: x.matchId,
      status: "ACCEPTED",
      videos: 1,
      viewsMeasured: true,
      views: 20_000,
      clicks: 5,
      orders: 2,
      refunds: 1,
      revenue: 170_000,
      agreedAmount: 1_000_000,
      commissionRateBp: 1_000,
      cost: 1_017_000,
      cpa: 508_500,
    });
    expect(report.creators[1]).toMatchObject({
      status: "COMPLETED",
      videos: 0,
      viewsMeasured: false,
      views: 0,
      clicks: 4,
      orders: 1,
      revenue: 50_000,
      cost: 500_000,
      ctr: null,
      roas: 0.1,
      cpa: 500_000,
    });
    expect(report.forecast).toEqual({
      measured: 1,
      withinRangeRate: 1,
      mape: 0.125,
      rows: [
        {
          matchId: x.matchId,
          creatorName: "Ari Xu",
          predictedMin: 15_000,
          predictedMax: 30_000,
          actual: 20_000,
          withinRange: true,
          error: -0.125, // (20,000 − 22,500) / 20,000
        },
        {
          matchId: y.matchId,
          creatorName: "Bo Yoon",
          predictedMin: 1_000,
          predictedMax: 5_000,
          actual: null,
          withinRange: null,
          error: null,
        },
      ],
    });
  });

  it("draws the campaign's days zero-filled, views as daily growth", async () => {
    const res = await get(reportRoute, `/api/v1/campaigns/${campaignId}/report`, brand.manager.id);
    const { daily } = await res.json();
    expect(daily.grain).toBe("day");
    expect(daily.points.map((p: { x: string }) => p.x)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`),
    );
    const zero = {
      clicks: 0,
      orders: 0,
      refunds: 0,
      revenue: 0,
      views: 0,
      likes: 0,
      comments: 0,
      ctr: 0,
    };
    expect(daily.points[0]).toEqual({ x: "2026-11-01", ...zero });
    expect(daily.points[1]).toEqual({
      x: "2026-11-02",
      ...zero,
      clicks: 3,
      orders: 1,
      revenue: 120_000,
      views: 5_000,
      likes: 200,
      comments: 20,
      ctr: 3 / 5_000,
    });
    expect(daily.points[2]).toEqual({
      x: "2026-11-03",
      ...zero,
      clicks: 6,
      orders: 2,
      revenue: 130_000,
    });
    expect(daily.points[3]).toEqual({ x: "2026-11-04", ...zero, refunds: 1, revenue: -30_000 });
    expect(daily.points[4]).toMatchObject({ views: 15_000, clicks: 0 });
    expect(daily.points.slice(5)).toEqual(
      ["06", "07", "08", "09", "10"].map((d) => ({ x: `2026-11-${d}`, ...zero })),
    );
  });

  it("answers zero-filled hour, 5-minute and minute buckets", async () => {
    const q = (grain: string, from: string, to: string) =>
      `/api/v1/campaigns/${campaignId}/report/series?grain=${grain}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const ev = { orders: 0, refunds: 0, revenue: 0 };

    const hour = await (
      await get(
        seriesRoute,
        q("hour", "2026-11-02T08:30:00+09:00", "2026-11-02T11:00:00+09:00"),
        brand.manager.id,
      )
    ).json();
    expect(hour).toEqual({
      grain: "hour",
      from: "2026-11-01T23:00:00.000Z",
      to: "2026-11-02T03:00:00.000Z",
      clamped: false,
      points: [
        { x: "2026-11-01T23:00:00.000Z", clicks: 0, ...ev },
        { x: "2026-11-02T00:00:00.000Z", clicks: 0, ...ev },
        { x: "2026-11-02T01:00:00.000Z", clicks: 3, orders: 1, refunds: 0, revenue: 120_000 },
        // the bucket holding `to` is included
        { x: "2026-11-02T02:00:00.000Z", clicks: 0, ...ev },
      ],
    });

    const five = await (
      await get(
        seriesRoute,
        q("5min", "2026-11-02T10:00:00+09:00", "2026-11-02T10:14:59+09:00"),
        brand.manager.id,
      )
    ).json();
    expect(five.points).toEqual([
      { x: "2026-11-02T01:00:00.000Z", clicks: 2, orders: 0, refunds: 0, revenue: 0 },
      { x: "2026-11-02T01:05:00.000Z", clicks: 1, orders: 1, refunds: 0, revenue: 120_000 },
      { x: "2026-11-02T01:10:00.000Z", clicks: 0, ...ev },
    ]);

    const minute = await (
      await get(
        seriesRoute,
        q("minute", "2026-11-02T10:00:00+09:00", "2026-11-02T10:03:00+09:00"),
        brand.manager.id,
      )
    ).json();
    expect(minute.points.map((p: { clicks: number }) => p.clicks)).toEqual([2, 0, 0, 0]);
  });

  it("refuses a chart of more than 1,500 buckets and an unknown grain with 422", async () => {
    const tooMany = await get(
      seriesRoute,
      `/api/v1/campaigns/${campaignId}/report/series?grain=minute&from=2026-11-01T00:00:00Z&to=2026-11-03T00:00:00Z`,
      brand.manager.id,
    );
    expect(tooMany.status).toBe(422);
    const bad = await get(
      seriesRoute,
      `/api/v1/campaigns/${campaignId}/report/series?grain=week`,
      brand.manager.id,
    );
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(["query.grain"]);
    // a window no campaign can run in: year 0 printed its buckets as "2-12-31"
    const yearZero = await get(
      seriesRoute,
      `/api/v1/campaigns/${campaignId}/report/series?from=0000-01-01T00:00:00Z&to=0000-01-02T00:00:00Z`,
      brand.manager.id,
    );
    expect(yearZero.status).toBe(422);
    expect(Object.keys((await yearZero.json()).error.fields).sort()).toEqual([
      "query.from",
      "query.to",
    ]);
  });

  it("clamps the default range of a campaign older than 1,500 days, and says so; an explicit one is still 422", async () => {
    const old = await createCampaignFor(brand.brand.id, { title: "Evergreen" });
    await pool.query(`UPDATE campaigns SET starts_at = $2, ends_at = NULL WHERE id = $1`, [
      old.id,
      new Date(Date.now() - 2_000 * 86_400_000),
    ]);
    const at = (path: string) => apiRequest(path, { userId: brand.manager.id });
    const res = await reportRoute(
      await at(`/api/v1/campaigns/${old.id}/report`),
      routeParams({ id: old.id }),
    );
    expect(res.status).toBe(200);
    const { daily } = await res.json();
    expect(daily.clamped).toBe(true);
    expect(daily.points).toHaveLength(1_500);
    const series = await seriesRoute(
      await at(`/api/v1/campaigns/${old.id}/report/series?grain=day`),
      routeParams({ id: old.id }),
    );
    expect((await series.json()).clamped).toBe(true);
    const from = new Date(Date.now() - 2_000 * 86_400_000).toISOString();
    const explicit = await seriesRoute(
      await at(
        `/api/v1/campaigns/${old.id}/report/series?grain=day&from=${encodeURIComponent(from)}&to=${encodeURIComponent(new Date().toISOString())}`,
      ),
      routeParams({ id: old.id }),
    );
    expect(explicit.status).toBe(422);
    expect((await explicit.json()).error.fields["from"]).toEqual([
      expect.stringContaining("At most 1500 day buckets"),
    ]);
  });

  it("exports the per-creator, forecast and series tables as CSV", async () => {
    const creators = await get(
      exportRoute,
      `/api/v1/campaigns/${campaignId}/report/export?table=creators`,
      brand.manager.id,
    );
    expect(creators.status).toBe(200);
    expect(creators.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await creators.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "creator,status,videos,views,likes,comments,engagement_rate,clicks,ctr,orders,refunds,revenue,agreed_fee,commission_bp,cost,settlement,results_source,roi,roas,cpm,cpv,cpa",
    );
    expect(lines.slice(1)).toEqual([
      `Ari Xu,ACCEPTED,1,20000,500,50,0.0275,5,0.00025,2,1,170000,1000000,1000,1017000,,measured,${(170_000 - 1_017_000) / 1_017_000},${170_000 / 1_017_000},50850,51,508500`,
      "Bo Yoon,COMPLETED,0,,0,0,,4,,1,0,50000,500000,0,500000,,measured,-0.9,0.1,,,500000",
    ]);

    const forecast = await get(
      exportRoute,
      `/api/v1/campaigns/${campaignId}/report/export?table=forecast`,
      brand.manager.id,
    );
    expect(await forecast.text()).toBe(
      "creator,predicted_views_min,predicted_views_max,actual_views,within_range,error\r\n" +
        "Ari Xu,15000,30000,20000,true,-0.125\r\nBo Yoon,1000,5000,,,\r\n",
    );

    const series = await get(
      exportRoute,
      `/api/v1/campaigns/${campaignId}/report/export?table=series&grain=hour&from=2026-11-02T01:00:00Z&to=2026-11-02T01:00:00Z`,
      brand.manager.id,
    );
    expect(await series.text()).toBe(
      "bucket,clicks,orders,refunds,revenue\r\n2026-11-02T01:00:00.000Z,3,1,0,120000\r\n",
    );
  });

  it("answers 404 to another brand's manager on every report route, 403 to a creator", async () => {
    for (const [route, path] of [
      [reportRoute, "report"],
      [seriesRoute, "report/series"],
      [exportRoute, "report/export?table=creators"],
    ] as const) {
      const res = await get(route, `/api/v1/campaigns/${campaignId}/${path}`, other.manager.id);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe("not_found");
    }
    const creator = await createUser("CREATOR");
    expect(
      (await get(reportRoute, `/api/v1/campaigns/${campaignId}/report`, creator.id)).status,
    ).toBe(403);
  });

  it("lets an admin read any brand's report", async () => {
    const admin = await createUser("ADMIN");
    const res = await get(reportRoute, `/api/v1/campaigns/${campaignId}/report`, admin.id);
    expect(res.status).toBe(200);
    expect((await res.json()).totals.clicks).toBe(9);
  });

  it("adds up in the brand overview, scoped to the brand, and in the platform totals", async () => {
    const mine = await getTrackedResults([brand.brand.id]);
    const figures = { clicks: 9, orders: 3, refunds: 1, revenue: 220_000, cost: 1_517_000 };
    expect(mine.totals).toEqual({
      ...figures,
      roi: (220_000 - 1_517_000) / 1_517_000,
      roas: 220_000 / 1_517_000,
    });
    expect(mine.campaigns).toEqual([{ campaignId, title: "Report campaign", ...mine.totals }]);
    expect(await getTrackedResults([other.brand.id])).toEqual({
      totals: { clicks: 0, orders: 0, refunds: 0, revenue: 0, cost: 0, roi: null, roas: null },
      campaigns: [],
      matches: 0,
    });
    const all = await getTrackedResults(null);
    expect(all.campaigns.find((c) => c.campaignId === campaignId)).toEqual(mine.campaigns[0]);

    const kpis = await getPlatformKpis();
    expect(kpis.dailyMatches).toHaveLength(14);
    expect(kpis.dailyMatches.at(-1)!.matches).toBeGreaterThanOrEqual(3); // this file's matches
    expect(kpis.failedSyncs).toBeGreaterThanOrEqual(0);
  });
});

describe("campaign report of matches completed with entered results", () => {
  it("counts what the brand entered where nothing measures it, and says so", async () => {
    const b = await createBrandWithManager();
    const c = await createCampaignFor(b.brand.id, { title: "Entered results" });
    const ids = { campaignId: c.id, brandId: b.brand.id };
    // nothing tracks this one: no link, no code, no video
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
                            performance_prediction, budget_fit, confidence, forecast, predicted_views_min,
                            predicted_views_max, features_at_proposal, offer_amount, agreed_amount,
                            commission_rate_bp, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'COMPLETED', 70, 0.5, 0.5, 0.5, 0.5, 'HIGH', '{}', 10000, 20000,
               '{}', 1000000, 1000000, 1000, now()) RETURNING id`,
      [c.id, await insertCreator(pool, { name: "Eun Typed" })],
    );
    const typed = rows[0]!.id;
    // a tracking link (no clicks yet) but no sponsored video: views entered, sales tracked
    const linked = await insertTrackedMatch(
      pool,
      { ...ids, creatorId: await insertCreator(pool, { name: "Fay Linked" }) },
      { agreed: 500_000, status: "COMPLETED", predicted: [1_000, 3_000] },
    );
    for (const [matchId, views, clicks, orders, revenue] of [
      [typed, 12_000, 300, 12, 480_000],
      [linked.matchId, 5_000, 999, 99, 9_999_999],
    ] as const)
      await pool.query(
        `INSERT INTO match_outcomes (match_id, views, clicks, orders, revenue, cost, measured_at)
         VALUES ($1, $2, $3, $4, $5, 0, now())`,
        [matchId, views, clicks, orders, revenue],
      );

    const res = await reportRoute(
      await apiRequest(`/api/v1/campaigns/${c.id}/report`, { userId: b.manager.id }),
      routeParams({ id: c.id }),
    );
    expect(res.status).toBe(200);
    const report = await res.json();
    const row = (name: string) =>
      report.creators.find((r: { creatorName: string }) => r.creatorName === name);
    expect(row("Eun Typed")).toMatchObject({
      resultsSource: "entered",
      viewsMeasured: true,
      views: 12_000,
      clicks: 300,
      orders: 12,
      revenue: 480_000,
      // the commission (10 %) is on attributed revenue, which entered revenue is not
      cost: 1_000_000,
      roi: -0.52,
    });
    // its tracked clicks and revenue (none) stand; only the views are entered
    expect(row("Fay Linked")).toMatchObject({
      resultsSource: "mixed",
      views: 5_000,
      clicks: 0,
      orders: 0,
      revenue: 0,
    });
    expect(report.totals).toMatchObject({
      views: 17_000,
      clicks: 300,
      orders: 12,
      revenue: 480_000,
    });
    expect(
      report.forecast.rows.map(
        (r: { creatorName: string; actual: number | null; withinRange: boolean }) => [
          r.creatorName,
          r.actual,
          r.withinRange,
        ],
      ),
    ).toEqual([
      ["Eun Typed", 12_000, true],
      ["Fay Linked", 5_000, false],
    ]);
    // the brand's dashboard counts the same figures: its completed matches, and the
    // tracked overview's row for this campaign (a link tracks one of its matches)
    for (const scope of ["completed", "tracked"] as const) {
      const results = await getTrackedResults([b.brand.id], pool, scope);
      expect(results.totals).toMatchObject({
        clicks: report.totals.clicks,
        orders: report.totals.orders,
        revenue: report.totals.revenue,
        cost: report.totals.cost,
      });
    }
  });
});
