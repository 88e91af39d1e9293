import { describe, expect, it } from "vitest";
import type { Forecast } from "../matching/engine/types.ts";
import { resultWarnings } from "./result-warnings.ts";

const forecast = {
  views: { min: 1_000, max: 4_000, expected: 2_000, confidence: 0.8 },
} as Forecast;

describe("results entered at completion", () => {
  it("pass when they are plausible", () => {
    expect(
      resultWarnings({ views: 3_000, clicks: 60, sales: 2, revenue: 40_000 }, forecast),
    ).toEqual([]);
    // no forecast kept (an older match): only the results' own consistency
    expect(resultWarnings({ views: 900_000, clicks: 10, sales: 0, revenue: 0 }, null)).toEqual([]);
  });

  it("are questioned when they look like a typo", () => {
    expect(
      resultWarnings({ views: 100, clicks: 5_000, sales: 0, revenue: 2_400_000 }, forecast).map(
        (w) => w.code,
      ),
    ).toEqual(["clicksAboveViews", "revenueWithoutSales"]);
    expect(resultWarnings({ views: 400_000, clicks: 10, sales: 1, revenue: 1 }, forecast)).toEqual([
      { code: "farAboveForecast", views: 400_000, forecastMax: 4_000 },
    ]);
  });
});
