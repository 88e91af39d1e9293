// Holdout evaluation of the forecast model (npm run eval:forecast): a deterministic
// split of completed matches by a hash of the match id, a fit on the training part,
// and on the holdout the fitted model next to the built-in priors and to the naive
// forecast a brand would make by hand (the channel's median views).
import { createHash } from "node:crypto";
import {
  DEFAULT_FORECAST_MODEL,
  fitForecastModel,
  type ForecastModel,
} from "../../../lib/matching/forecast/model.ts";
import {
  coverage,
  errorStats,
  evaluateForecastModel,
  predictRow,
  type ForecastMetrics,
} from "../../../lib/matching/forecast/metrics.ts";
import type { StoredTrainingRow } from "../../../lib/matching/forecast/training-rows.ts";

/** Whether a match belongs to the holdout: the same answer on every run and machine. */
export function isHoldout(matchId: string, holdoutPct: number): boolean {
  const h = createHash("sha256").update(matchId).digest().readUInt32BE(0);
  return h % 100 < holdoutPct;
}

export type NaiveMetrics = {
  views: ReturnType<typeof errorStats> & { coverage: number | null };
  clicks: ReturnType<typeof errorStats>;
  sales: ReturnType<typeof errorStats>;
};

export type HoldoutReport = {
  rows: number;
  train: number;
  holdout: number;
  holdoutPct: number;
  fitted: ForecastMetrics;
  prior: ForecastMetrics;
  naive: NaiveMetrics;
  model: ForecastModel;
};

export function evaluateOnHoldout(
  rows: readonly StoredTrainingRow[],
  options: { holdoutPct?: number; fittedAt?: Date } = {},
): HoldoutReport {
  const holdoutPct = options.holdoutPct ?? 20;
  const train = rows.filter((r) => !isHoldout(r.matchId, holdoutPct));
  const test = rows.filter((r) => isHoldout(r.matchId, holdoutPct));
  const model = fitForecastModel(train, DEFAULT_FORECAST_MODEL, options.fittedAt ?? new Date(0));
  return {
    rows: rows.length,
    train: train.length,
    holdout: test.length,
    holdoutPct,
    fitted: evaluateForecastModel(test, model),
    prior: evaluateForecastModel(test, DEFAULT_FORECAST_MODEL),
    naive: naiveMetrics(train, test, model),
    model,
  };
}

// The naive forecast: the channel's median views for the campaign video; clicks and
// sales as that times the training set's overall clicks / views and orders / views.
// Its interval gets the same relative width as the fitted model's for the same row,
// so the two coverages compare centres, not widths.
function naiveMetrics(
  train: readonly StoredTrainingRow[],
  test: readonly StoredTrainingRow[],
  model: ForecastModel,
): NaiveMetrics {
  const sum = (f: (r: StoredTrainingRow) => number) => train.reduce((a, r) => a + f(r), 0);
  const views = sum((r) => r.actual.views);
  const clicksPerView = views > 0 ? sum((r) => r.actual.clicks) / views : 0;
  const ordersPerView = views > 0 ? sum((r) => r.actual.orders) / views : 0;
  const viewPairs: { predicted: number; actual: number; min: number; max: number }[] = [];
  for (const r of test) {
    const naive = r.features.medianViews;
    const p = predictRow(r, model);
    const lo = p.views > 0 ? p.viewsMin / p.views : 0;
    const hi = p.views > 0 ? p.viewsMax / p.views : 0;
    viewPairs.push({ predicted: naive, actual: r.actual.views, min: naive * lo, max: naive * hi });
  }
  return {
    views: { ...errorStats(viewPairs), coverage: coverage(viewPairs) },
    clicks: errorStats(
      test.map((r) => ({
        predicted: r.features.medianViews * clicksPerView,
        actual: r.actual.clicks,
      })),
    ),
    sales: errorStats(
      test.map((r) => ({
        predicted: r.features.medianViews * ordersPerView,
        actual: r.actual.orders,
      })),
    ),
  };
}
