/**
 * The p-th percentile (0..100) of xs by the nearest-rank method; NaN for an empty list.
 * The one definition every bench reports with.
 */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
