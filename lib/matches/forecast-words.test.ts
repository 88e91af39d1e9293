import { describe, expect, it } from "vitest";
import { countRange, factorsForCreator, forecastLines } from "./forecast-words.ts";

describe("forecast in words", () => {
  it("shows whole-number ranges, never fractions", () => {
    expect(countRange(40.2, 89.7, "sales")).toBe("40–90 sales");
    expect(countRange(0.2, 0.4, "sales")).toBe("0–1 sales");
    expect(countRange(0, 0, "sales")).toBe("no sales");
    expect(countRange(12_000, 12_000, "views")).toBe("12,000 views");
  });

  it("scales clicks, sales and revenue with the views range", () => {
    const lines = forecastLines({
      views: { min: 5_000, max: 20_000, expected: 10_000, confidence: 0.8 },
      likes: 0,
      comments: 0,
      shares: 0,
      engagementRatePct: 4.24,
      ctrPct: 3,
      clicks: 300,
      purchaseRatePct: 2,
      estimatedSales: 75.8,
      estimatedRevenue: 2_000_000,
      costPerView: 100,
      currency: "KRW",
    });
    expect(lines).toEqual([
      { label: "Views", value: "5,000–20,000 views (80% likely)" },
      { label: "Engagement", value: "about 4.2% of viewers like, comment or share" },
      { label: "Clicks", value: "150–600 clicks at 3.0% CTR" },
      { label: "Sales", value: "37–152 sales" },
      { label: "Revenue", value: "₩1,000,000–₩4,000,000" },
    ]);
  });

  it("explains factors to a creator in plain words", () => {
    const words = factorsForCreator({
      audienceOverlap: 80,
      categoryMatch: 100,
      performancePrediction: 40,
      budgetFit: 60,
    });
    expect(words[0]).toBe(
      "Audience fit 80/100 (high): Your viewers are very much the people this brand wants to reach.",
    );
    expect(words[2]).toContain("(low): Your recent videos get fewer views");
  });
});
