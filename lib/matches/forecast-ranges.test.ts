import { describe, expect, it } from "vitest";
import type { Forecast } from "../matching/engine/types.ts";
import { forecastRanges, storedForecast, wholeRange } from "./forecast-ranges.ts";

const forecast: Forecast = {
  views: { min: 5_000, max: 20_000, expected: 10_000, confidence: 0.8 },
  likes: 0,
  comments: 0,
  shares: 0,
  engagementRatePct: 4.24,
  ctrPct: 3,
  clicks: 300,
  purchaseRatePct: 2,
  placeSharePct: null,
  estimatedSales: 75.8,
  estimatedRevenue: 2_000_000,
  costPerView: 100,
  currency: "KRW",
};

describe("forecast ranges", () => {
  it("are whole counts, never fractions", () => {
    expect(wholeRange(40.2, 89.7)).toEqual([40, 90]);
    expect(wholeRange(0.2, 0.4)).toEqual([0, 1]);
    expect(wholeRange(0, 0)).toEqual([0, 0]);
    expect(wholeRange(-3, 2)).toEqual([0, 2]);
    expect(wholeRange(12_000, 12_000)).toEqual([12_000, 12_000]);
  });

  it("scale clicks, sales and revenue with the views range", () => {
    expect(forecastRanges(forecast)).toEqual({
      views: [5_000, 20_000],
      clicks: [150, 600],
      sales: [37, 152],
      // 37 and 152 sales at the forecast's revenue per sale (2,000,000 / 75.8)
      revenue: [Math.round((37 * 2_000_000) / 75.8), Math.round((152 * 2_000_000) / 75.8)],
      placeSharePct: null,
    });
  });

  it("name the share of viewers in the targeted places, when there are some", () => {
    expect(forecastRanges({ ...forecast, placeSharePct: 12.5 }).placeSharePct).toBe(12.5);
    expect(forecastRanges({ ...forecast, placeSharePct: 0 }).placeSharePct).toBe(0);
    // a forecast stored before the share was kept
    const { placeSharePct: _, ...stored } = forecast;
    expect(forecastRanges(stored as Forecast).placeSharePct).toBeNull();
  });
});

describe("forecast revenue", () => {
  it("is none where the sales range starts at none", () => {
    const few = forecastRanges({
      ...forecast,
      estimatedSales: 0.8,
      estimatedRevenue: 24_000,
    });
    expect(few.sales).toEqual([0, 2]);
    expect(few.revenue).toEqual([0, 60_000]);
  });
});

describe("a stored forecast", () => {
  it("is read when it has the forecast's shape, else none (older or foreign rows)", () => {
    expect(storedForecast({ ...forecast })).toEqual(forecast);
    expect(storedForecast({ views: 10 })).toBeNull();
    expect(storedForecast({})).toBeNull();
  });
});
