// Holdout evaluation of the forecast model (npm run eval:forecast): a deterministic
// split of completed matches by a hash of the match id, a fit on the training part,
// and on the holdout the fitted model next to the built-in priors and to the baseline
// a brand could fit by hand (the channel's median views scaled per campaign type).
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
import { median } from "../../../lib/matching/engine/stats.ts";

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

// The baseline a brand could fit by hand: the channel's median views times a factor
// per campaign type (the median of actual / median views on the training split, so
// a gifting post and a sponsored video are not expected to do alike); clicks and
// sales as those views times the training split's clicks / views and orders / views
// of the same type. Its interval gets the same relative width as the fitted model's
// for the same row, so the two coverages compare centres, not widths.
function naiveMetrics(
  train: readonly StoredTrainingRow[],
  test: readonly StoredTrainingRow[],
  model: ForecastModel,
): NaiveMetrics {
  const typeOf = (r: StoredTrainingRow) => r.campaign.type ?? "sponsored_video";
  const fitGroup = (rows: readonly StoredTrainingRow[]) => {
    const ratios = rows
      .filter((r) => r.features.medianViews > 0)
      .map((r) => r.actual.views / r.features.medianViews);
    const views = rows.reduce((a, r) => a + r.actual.views, 0);
    return {
      scale: ratios.length > 0 ? median(ratios) : 1,
      clicksPerView: views > 0 ? rows.reduce((a, r) => a + r.actual.clicks, 0) / views : 0,
      ordersPerView: views > 0 ? rows.reduce((a, r) => a + r.actual.orders, 0) / views : 0,
    };
  };
  const overall = fitGroup(train);
  const byType = new Map<string, ReturnType<typeof fitGroup>>();
  for (const type of new Set(train.map(typeOf))) {
    const rows = train.filter((r) => typeOf(r) === type);
    // A type seen fewer than 20 times borrows the overall fit.
    byType.set(type, rows.length >= 20 ? fitGroup(rows) : overall);
  }
  const groupOf = (r: StoredTrainingRow) => byType.get(typeOf(r)) ?? overall;
  const viewPairs: { predicted: number; actual: number; min: number; max: number }[] = [];
  const predicted = (r: StoredTrainingRow) => r.features.medianViews * groupOf(r).scale;
  for (const r of test) {
    const naive = predicted(r);
    const p = predictRow(r, model);
    const lo = p.views > 0 ? p.viewsMin / p.views : 0;
    const hi = p.views > 0 ? p.viewsMax / p.views : 0;
    viewPairs.push({ predicted: naive, actual: r.actual.views, min: naive * lo, max: naive * hi });
  }
  return {
    views: { ...errorStats(viewPairs), coverage: coverage(viewPairs) },
    clicks: errorStats(
      test.map((r) => ({
        predicted: predicted(r) * groupOf(r).clicksPerView,
        actual: r.actual.clicks,
      })),
    ),
    sales: errorStats(
      test.map((r) => ({
        predicted: predicted(r) * groupOf(r).ordersPerView,
        actual: r.actual.orders,
      })),
    ),
  };
}
