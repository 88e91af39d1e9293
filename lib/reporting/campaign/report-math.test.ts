// The report's arithmetic in integers: cost, rounding of cost-per figures, forecast
// error, bucket windows in Korea days, CSV escaping.
import { describe, expect, it } from "vitest";
import { matchCost } from "../match-cost";
import { toCsv } from "../to-csv";
import { forecastRow, forecastSummary } from "./forecast-accuracy";
import { divRound, metricsOf } from "./metrics";
import { bucketWindow, koreaDayStart, zeroFillBuckets } from "./time-buckets";

describe("matchCost", () => {
  it("is the fee plus the commission rounded down, none on negative net revenue", () => {
    expect(
      matchCost({ agreedAmount: 1_000_000n, commissionRateBp: 1_250, attributedRevenue: 99_999n }),
    ).toBe(
      1_012_499n, // 99,999 × 12.5 % = 12,499.875
    );
    expect(
      matchCost({ agreedAmount: 500n, commissionRateBp: 1_000, attributedRevenue: -7_000n }),
    ).toBe(500n);
    expect(matchCost({ agreedAmount: null, commissionRateBp: null, attributedRevenue: 10n })).toBe(
      0n,
    );
    // beyond 2^53: exact in bigint
    expect(
      matchCost({
        agreedAmount: 0n,
        commissionRateBp: 3,
        attributedRevenue: 9_007_199_254_740_993n,
      }),
    ).toBe(2_702_159_776_422n);
  });
});

describe("metricsOf", () => {
  it("rounds cost-per figures half up and leaves ratios without a denominator empty", () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(7, 3)).toBe(2);
    const m = metricsOf({ views: 3, clicks: 1, orders: 0, refunds: 0, revenue: 0, cost: 10 });
    expect(m).toEqual({ ctr: 1 / 3, roi: -1, roas: 0, cpm: 3_333, cpv: 3, cpa: null });
    expect(metricsOf({ views: 0, clicks: 5, orders: 1, refunds: 0, revenue: 5, cost: 0 })).toEqual({
      ctr: null,
      roi: null,
      roas: null,
      cpm: null,
      cpv: null,
      cpa: 0,
    });
  });
});

describe("forecast accuracy", () => {
  it("measures the midpoint's error against the actual and the within-range rate", () => {
    const rows = [
      forecastRow({ predictedMin: 100, predictedMax: 300, actual: 400 }),
      forecastRow({ predictedMin: 100, predictedMax: 300, actual: 200 }),
      forecastRow({ predictedMin: 100, predictedMax: 300, actual: 0 }),
      forecastRow({ predictedMin: 100, predictedMax: 300, actual: null }),
    ];
    expect(rows.map((r) => [r.withinRange, r.error])).toEqual([
      [false, 0.5],
      [true, 0],
      [false, null],
      [null, null],
    ]);
    expect(forecastSummary(rows)).toEqual({ measured: 3, withinRangeRate: 1 / 3, mape: 0.25 });
    expect(forecastSummary([])).toEqual({ measured: 0, withinRangeRate: null, mape: null });
  });
});

describe("bucket windows", () => {
  it("cut days at Korea midnight and include the buckets of both ends", () => {
    expect(koreaDayStart(new Date("2026-11-01T14:59:59Z")).toISOString()).toBe(
      "2026-10-31T15:00:00.000Z",
    );
    expect(koreaDayStart(new Date("2026-11-01T15:00:00Z")).toISOString()).toBe(
      "2026-11-01T15:00:00.000Z",
    );
    const w = bucketWindow(
      "day",
      new Date("2026-10-31T16:00:00Z"),
      new Date("2026-11-02T14:00:00Z"),
    );
    expect(w.keys).toEqual(["2026-11-01", "2026-11-02"]);
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual([
      "2026-10-31T15:00:00.000Z",
      "2026-11-02T15:00:00.000Z",
    ]);
    const f = bucketWindow(
      "5min",
      new Date("2026-11-01T00:04:00Z"),
      new Date("2026-11-01T00:10:00Z"),
    );
    expect(f.keys).toEqual([
      "2026-11-01T00:00:00.000Z",
      "2026-11-01T00:05:00.000Z",
      "2026-11-01T00:10:00.000Z",
    ]);
  });

  it("refuses more than 1,500 buckets and a reversed range", () => {
    expect(() => bucketWindow("minute", new Date(0), new Date(1_500 * 60_000))).toThrow(
      /1500|1,500/,
    );
    expect(() => bucketWindow("minute", new Date(0), new Date(1_499 * 60_000))).not.toThrow();
    expect(() => bucketWindow("hour", new Date(1), new Date(0))).toThrow(/before/);
  });

  it("zero-fills missing buckets", () => {
    const rows = new Map([["b", { n: 2 }]]);
    expect(zeroFillBuckets(["a", "b", "c"], rows, ["n"])).toEqual([
      { x: "a", n: 0 },
      { x: "b", n: 2 },
      { x: "c", n: 0 },
    ]);
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const csv = toCsv(
      [
        { header: "name", value: (r: { name: string; n: number | null }) => r.name },
        { header: "n", value: (r) => r.n },
      ],
      [
        { name: 'Kim, "Ari"', n: 1 },
        { name: "=HYPERLINK(1)", n: null },
        { name: "two\nlines", n: -3 },
      ],
    );
    expect(csv).toBe('name,n\r\n"Kim, ""Ari""",1\r\n\'=HYPERLINK(1),\r\n"two\nlines",-3\r\n');
  });
});
