// How good a forecast model is on a set of completed matches: mean absolute
// percentage error of views, clicks and sales, and how often the actual views fell
// inside the predicted [min, max]. Stored with every fit and printed by eval:forecast.
import { predict, type ForecastModel, type ForecastTrainingRow } from "./model.ts";
import { median } from "../engine/stats.ts";

export type ErrorStats = {
  /** Mean of |predicted - actual| / actual over rows with actual > 0, in percent. */
  mape: number | null;
  /** Median of the same, in percent (robust to a few viral outliers). */
  medianApe: number | null;
  /** Rows with actual > 0 that the two figures are based on. */
  n: number;
};

export type ForecastMetrics = {
  rows: number;
  views: ErrorStats & {
    /** Share of rows whose actual views fell inside [min, max]. */
    coverage: number | null;
    /** The coverage the model claims for its interval. */
    nominalCoverage: number;
  };
  clicks: ErrorStats;
  sales: ErrorStats;
};

export type Prediction = {
  views: number;
  viewsMin: number;
  viewsMax: number;
  clicks: number;
  sales: number;
};

export function errorStats(pairs: readonly { predicted: number; actual: number }[]): ErrorStats {
  const apes = pairs
    .filter((p) => p.actual > 0)
    .map((p) => (100 * Math.abs(p.predicted - p.actual)) / p.actual);
  if (apes.length === 0) return { mape: null, medianApe: null, n: 0 };
  return {
    mape: round2(apes.reduce((a, b) => a + b, 0) / apes.length),
    medianApe: round2(median(apes)),
    n: apes.length,
  };
}

export function coverage(
  rows: readonly { min: number; max: number; actual: number }[],
): number | null {
  if (rows.length === 0) return null;
  const inside = rows.filter((r) => r.actual >= r.min && r.actual <= r.max).length;
  return Math.round((10_000 * inside) / rows.length) / 10_000;
}

export function predictRow(row: ForecastTrainingRow, model: ForecastModel): Prediction {
  const f = predict(
    row.features,
    {
      category: row.campaign.category,
      type: row.campaign.type,
      currency: "KRW",
      placeShare: row.campaign.placeShare,
    },
    model,
  );
  return {
    views: f.views.expected,
    viewsMin: f.views.min,
    viewsMax: f.views.max,
    clicks: f.clicks,
    sales: f.estimatedSales,
  };
}

export function evaluateForecastModel(
  rows: readonly ForecastTrainingRow[],
  model: ForecastModel,
): ForecastMetrics {
  const preds = rows.map((r) => predictRow(r, model));
  return {
    rows: rows.length,
    views: {
      ...errorStats(rows.map((r, i) => ({ predicted: preds[i].views, actual: r.actual.views }))),
      coverage: coverage(
        rows.map((r, i) => ({
          min: preds[i].viewsMin,
          max: preds[i].viewsMax,
          actual: r.actual.views,
        })),
      ),
      nominalCoverage: model.coverage,
    },
    clicks: errorStats(
      rows.map((r, i) => ({ predicted: preds[i].clicks, actual: r.actual.clicks })),
    ),
    sales: errorStats(rows.map((r, i) => ({ predicted: preds[i].sales, actual: r.actual.orders }))),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
