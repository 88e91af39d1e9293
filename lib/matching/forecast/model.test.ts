import { describe, expect, it } from "vitest";
import {
  DEFAULT_FORECAST_MODEL,
  fitForecastModel,
  predict,
  predictedLogViews,
  zForCoverage,
  type ForecastTrainingRow,
} from "./model.ts";
import { Rng } from "../../random/seeded-random.ts";
import { makeFeatures } from "../engine/test-fixtures.ts";

describe("predict", () => {
  it("expected views: median x tier multiplier x campaign type x staleness", () => {
    const f = makeFeatures();
    expect(predict(f, { category: "beauty" }).views.expected).toBe(8500);
    // gifting: 0.85 on top of mid's 0.85
    expect(predict(f, { category: "beauty", type: "gifting" }).views.expected).toBe(
      Math.round(10_000 * 0.85 * 0.85),
    );
    // 60 days without upload: 1 - 0.25 * log2(2) = 0.75
    expect(
      predict(makeFeatures({ daysSinceLastVideo: 60 }), { category: "beauty" }).views.expected,
    ).toBe(6375);
  });

  it("an 80% interval from the tier spread and the channel's own spread", () => {
    const f = makeFeatures();
    const p = predict(f, { category: "beauty" });
    const own = Math.log(12_000 / 8_000) / 1.349;
    const sigma = Math.sqrt(0.7 ** 2 + 0.5 * own ** 2);
    const z = zForCoverage(0.8);
    expect(z).toBeCloseTo(1.2816, 3);
    expect(p.views.min).toBe(Math.round(8500 * Math.exp(-z * sigma)));
    expect(p.views.max).toBe(Math.round(8500 * Math.exp(z * sigma)));
    const spiky = predict(makeFeatures({ viewsP25: 2_000, viewsP75: 40_000 }), {
      category: "beauty",
    });
    expect(spiky.views.max - spiky.views.min).toBeGreaterThan(p.views.max - p.views.min);
    const thin = predict(makeFeatures({ videoCount: 3 }), { category: "beauty" });
    expect(thin.views.max).toBeGreaterThan(p.views.max);
  });

  it("engagement and conversion from rates and category priors", () => {
    const p = predict(makeFeatures(), { category: "tech", type: "affiliate", currency: "KRW" });
    const views = 10_000 * 0.85 * 0.95;
    expect(p.likes).toBe(Math.round(views * 0.036 * 0.8));
    expect(p.ctrPct).toBe(1.5); // tech 1.0% x affiliate 1.5
    expect(p.clicks).toBe(Math.round(views * 0.015));
    expect(p.purchaseRatePct).toBe(1.5);
    expect(p.estimatedSales).toBe(Math.round(views * 0.015 * 0.015 * 10) / 10);
    expect(p.estimatedRevenue).toBe(Math.round(views * 0.015 * 0.015 * 180_000));
    expect(p.costPerView).toBe(Math.round((1_000_000 / views) * 100) / 100);
  });

  it("a store's sales follow the viewers near it; views and clicks come from all", () => {
    const model = { ...DEFAULT_FORECAST_MODEL, salesFromElsewhere: 0.2 };
    const f = makeFeatures();
    const anywhere = predict(f, { category: "food", type: "store_visit" }, model);
    const nearby = predict(f, { category: "food", type: "store_visit", placeShare: 0.1 }, model);
    expect(anywhere.placeSharePct).toBeNull();
    expect(nearby.placeSharePct).toBe(10);
    expect(nearby.views).toEqual(anywhere.views);
    expect(nearby.clicks).toBe(anywhere.clicks);
    // a fifth of a whole audience's sales from elsewhere, the rest at the neighbours' 10%
    const share = 0.2 + 0.8 * 0.1;
    expect(nearby.estimatedSales).toBeCloseTo(anywhere.estimatedSales * share, 1);
    expect(nearby.estimatedRevenue).toBeCloseTo(anywhere.estimatedRevenue * share, -1);
    // everyone near: as if no place were targeted
    const all = predict(f, { category: "food", type: "store_visit", placeShare: 1 }, model);
    expect(all.estimatedSales).toBe(anywhere.estimatedSales);
    // a share that is no number is no place; one a hair outside [0, 1] (rounded
    // audience parts) is read as the nearest end
    expect(
      predict(f, { category: "food", placeShare: Number.NaN }, model).placeSharePct,
    ).toBeNull();
    expect(predict(f, { category: "food", placeShare: 256 / 255 }, model).placeSharePct).toBe(100);
    expect(predict(f, { category: "food", placeShare: -0.01 }, model).placeSharePct).toBe(0);
  });

  it("revenue in the campaign currency", () => {
    const krw = predict(makeFeatures(), { category: "beauty", currency: "KRW" });
    const usd = predict(makeFeatures(), { category: "beauty", currency: "USD" });
    expect(usd.estimatedRevenue).toBeCloseTo((krw.estimatedRevenue / 1400) * 100, -1);
    expect(usd.currency).toBe("USD");
  });
});

function rows(n: number, seed: number, viewsRatio: number, noise: number): ForecastTrainingRow[] {
  const rng = Rng.fromSeed(seed);
  return Array.from({ length: n }, () => {
    // all within the mid tier by views (2,000-12,000 on YouTube)
    const median = 6_000 * rng.logNormal(0, 0.2);
    const f = makeFeatures({
      medianViews: median,
      viewsP25: median * 0.8,
      viewsP75: median * 1.25,
    });
    const views = median * viewsRatio * Math.exp(rng.normal(0, noise));
    const clicks = views * 0.02;
    return {
      features: f,
      campaign: { category: "beauty", type: "sponsored_video" as const, budget: 10_000_000 },
      actual: {
        views,
        likes: views * 0.03,
        comments: views * 0.003,
        shares: 0,
        clicks,
        orders: clicks * 0.05,
        revenue: clicks * 0.05 * 20_000,
      },
    };
  });
}

describe("fitForecastModel", () => {
  it("without data it is the prior", () => {
    const m = fitForecastModel([], DEFAULT_FORECAST_MODEL, new Date("2026-11-01T00:00:00Z"));
    expect({ ...m, fittedAt: null, groupCounts: {} }).toEqual(DEFAULT_FORECAST_MODEL);
    expect(m.fittedAt).toBe("2026-11-01T00:00:00.000Z");
  });

  it("shrinks toward the prior when data is thin, follows the data when it is not", () => {
    // Campaign videos of mid-tier channels really get 0.5x their median.
    const few = fitForecastModel(rows(4, 1, 0.5, 0.2));
    const many = fitForecastModel(rows(400, 2, 0.5, 0.2));
    const prior = DEFAULT_FORECAST_MODEL.logViewsMultiplier.mid;
    expect(Math.abs(few.logViewsMultiplier.mid - prior)).toBeGreaterThan(0.05);
    expect(Math.abs(few.logViewsMultiplier.mid - Math.log(0.5))).toBeGreaterThan(0.2);
    expect(many.logViewsMultiplier.mid).toBeCloseTo(Math.log(0.5), 1);
    // untouched tiers keep their prior
    expect(many.logViewsMultiplier.mega).toBe(DEFAULT_FORECAST_MODEL.logViewsMultiplier.mega);
    expect(many.groupCounts["tier:mid"]).toBe(400);
  });

  it("calibrates the interval to about 80% coverage", () => {
    for (const noise of [0.2, 1.2]) {
      const train = rows(600, 3, 0.7, noise);
      const m = fitForecastModel(train);
      const test = rows(600, 4, 0.7, noise);
      const inside = test.filter((r) => {
        const p = predict(r.features, { category: "beauty", type: "sponsored_video" }, m);
        return r.actual.views >= p.views.min && r.actual.views <= p.views.max;
      }).length;
      expect(inside / test.length).toBeGreaterThan(0.74);
      expect(inside / test.length).toBeLessThan(0.86);
    }
  });

  it("fits conversion rates per category with shrinkage", () => {
    const m = fitForecastModel(rows(300, 5, 1, 0.3));
    expect(m.ctrPct.beauty).toBeCloseTo(2, 0);
    expect(m.purchaseRatePct.beauty).toBeCloseTo(5, 0);
    expect(m.avgOrderValueKrw.beauty).toBeCloseTo(20_000, -3);
    expect(m.ctrPct.default).toBe(DEFAULT_FORECAST_MODEL.ctrPct.default);
    // what the fitted model predicts moves with it
    const f = makeFeatures();
    expect(predictedLogViews(f, "sponsored_video", m)).toBeGreaterThan(
      predictedLogViews(f, "sponsored_video", DEFAULT_FORECAST_MODEL),
    );
  });

  it("learns how much of a store's custom comes from elsewhere, and the rate beside it", () => {
    // local stores: 30% of what a whole audience would buy comes from visitors, the rest
    // from the viewers living near the store (each creator's own share); 5% of the
    // clicks that could become a visit do
    const rng = Rng.fromSeed(8);
    const local = rows(400, 7, 1, 0.3).map((r) => {
      const placeShare = rng.uniform(0, 1) ** 2;
      const couldCome = r.actual.clicks * (0.3 + 0.7 * placeShare);
      return {
        ...r,
        campaign: { ...r.campaign, placeShare },
        actual: { ...r.actual, orders: couldCome * 0.05 * Math.exp(rng.normal(0, 0.2)) },
      };
    });
    const m = fitForecastModel(local);
    expect(m.salesFromElsewhere).toBeGreaterThan(0.22);
    expect(m.salesFromElsewhere).toBeLessThan(0.38);
    expect(m.purchaseRatePct.beauty).toBeCloseTo(5, 0);
    expect(m.groupCounts.placed).toBe(400);
    // without places it keeps the prior and reads the rate over every click
    const unplaced = fitForecastModel(rows(300, 5, 1, 0.3));
    expect(unplaced.salesFromElsewhere).toBe(DEFAULT_FORECAST_MODEL.salesFromElsewhere);
  });

  it("keeps the prior share from elsewhere when the placed rows cannot tell", () => {
    const prior = DEFAULT_FORECAST_MODEL.salesFromElsewhere;
    const rng = Rng.fromSeed(9);
    const placed = (clicks: (c: number) => number, share: () => number) =>
      rows(60, 10, 1, 0.3).map((r) => ({
        ...r,
        campaign: { ...r.campaign, placeShare: share() },
        actual: { ...r.actual, clicks: clicks(r.actual.clicks), orders: 5 },
      }));
    // visits without a tracked link: no clicks to weigh (the loss is flat)
    expect(
      fitForecastModel(
        placed(
          () => 0,
          () => rng.uniform(0, 1),
        ),
      ).salesFromElsewhere,
    ).toBe(prior);
    // every creator with the same share near the store
    expect(
      fitForecastModel(
        placed(
          (c) => c,
          () => 0.3,
        ),
      ).salesFromElsewhere,
    ).toBe(prior);
    // store visits forecast before the share was kept: left out of every purchase fit
    const unknown = rows(200, 11, 1, 0.3).map((r) => ({
      ...r,
      campaign: { ...r.campaign, type: "store_visit" as const, placeShareUnknown: true },
      actual: { ...r.actual, orders: r.actual.clicks * 0.9 },
    }));
    const m = fitForecastModel([...rows(300, 5, 1, 0.3), ...unknown]);
    expect(m.purchaseRatePct.beauty).toBeCloseTo(5, 0);
    expect(m.purchaseTypeMultiplier.store_visit).toBe(1);
  });

  it("fits a long history of store visits (more rows than a call takes arguments)", () => {
    const one = rows(1, 12, 1, 0.3)[0]!;
    const many = Array.from({ length: 200_000 }, (_, i) => ({
      ...one,
      campaign: { ...one.campaign, placeShare: (i % 100) / 100 },
    }));
    expect(() => fitForecastModel(many)).not.toThrow();
  });

  it("is JSON-serialisable", () => {
    const m = fitForecastModel(rows(50, 6, 0.8, 0.4));
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});
