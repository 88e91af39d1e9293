// Forecast against actual: the views range predicted at proposal time, compared with the
// views the sponsored videos actually gained in the campaign window.
//
// Two measures, both stated on the page:
// - within range: the share of measured creators whose actual views fell inside the
//   predicted [min, max] (what a range promises);
// - MAPE: mean of |actual − midpoint| / actual over measured creators with actual > 0
//   (the point error of the range's midpoint; undefined for an actual of 0).
// A creator without a linked video with readings is "not measured" and left out of both.

export type ForecastRowInput = {
  predictedMin: number;
  predictedMax: number;
  actual: number | null;
};

export type ForecastRow = {
  predictedMin: number;
  predictedMax: number;
  actual: number | null;
  withinRange: boolean | null;
  /** (actual − midpoint) / actual: positive = the forecast was too low. */
  error: number | null;
};

export function forecastRow(r: ForecastRowInput): ForecastRow {
  if (r.actual === null) return { ...r, withinRange: null, error: null };
  const mid = (r.predictedMin + r.predictedMax) / 2;
  return {
    ...r,
    withinRange: r.actual >= r.predictedMin && r.actual <= r.predictedMax,
    error: r.actual > 0 ? (r.actual - mid) / r.actual : null,
  };
}

export function forecastSummary(rows: readonly ForecastRow[]) {
  const measured = rows.filter((r) => r.actual !== null);
  const withError = measured.filter((r) => r.error !== null);
  return {
    measured: measured.length,
    withinRangeRate: measured.length
      ? measured.filter((r) => r.withinRange).length / measured.length
      : null,
    mape: withError.length
      ? withError.reduce((s, r) => s + Math.abs(r.error as number), 0) / withError.length
      : null,
  };
}
