// A forecast as ranges people read: whole counts ("40–90 sales", never "75.8 sales"),
// clicks, sales and revenue scaled with the views range. The words around them are the
// reader's language's (components/workflow/use-forecast-words.ts).
import type { Forecast } from "../matching/engine/types.ts";

/** A match's stored forecast (matches.forecast, any JSON) when it has the Forecast shape. */
export function storedForecast(json: Record<string, unknown>): Forecast | null {
  return "views" in json && "estimatedSales" in json ? (json as unknown as Forecast) : null;
}

/** A range of whole counts [lo, hi]: the low end rounded down, the high end up. */
export function wholeRange(min: number, max: number): [number, number] {
  const lo = Math.max(0, Math.floor(min));
  return [lo, Math.max(lo, Math.ceil(max))];
}

export type ForecastRanges = {
  views: [number, number];
  clicks: [number, number];
  sales: [number, number];
  /** money, minor units of the forecast's currency, rounded */
  revenue: [number, number];
  /**
   * The percent of viewers who live in the places a campaign targets (a store's
   * district), which its sales follow; null when it targets none (or the forecast was
   * stored before it was kept).
   */
  placeSharePct: number | null;
};

/** Revenue per expected sale (0 without sales). */
const orderValue = (f: Forecast) =>
  f.estimatedSales > 0 ? f.estimatedRevenue / f.estimatedSales : 0;

export function forecastRanges(f: Forecast): ForecastRanges {
  const { min, max, expected } = f.views;
  const k = (x: number) => (expected > 0 ? x / expected : 0);
  const scaled = (x: number) => wholeRange(x * k(min), x * k(max));
  const share = (f as Partial<Forecast>).placeSharePct;
  return {
    views: wholeRange(min, max),
    clicks: scaled(f.clicks),
    sales: scaled(f.estimatedSales),
    // the revenue of the whole sales the range counts: no revenue beside "0 sales"
    revenue: wholeRange(f.estimatedSales * k(min), f.estimatedSales * k(max)).map((n) =>
      Math.round(n * orderValue(f)),
    ) as [number, number],
    placeSharePct: typeof share === "number" ? share : null,
  };
}
