// Small robust statistics used to summarise a channel's recent videos.

// Weighted quantiles with each point at the middle of its weight, linearly
// interpolated: with equal weights the median of [1,2,3,4] is 2.5, as usual.
// `values` and `weights` have the same length; returns NaN for no points.
export function weightedQuantiles(
  values: readonly number[],
  weights: readonly number[],
  qs: readonly number[],
): number[] {
  const n = values.length;
  if (n === 0) return qs.map(() => NaN);
  // A channel's last 50 videos: insertion sort of positions beats sort() with a
  // comparator several times over. Long inputs (model fitting) use sort(). Both stable.
  let order: number[];
  if (n <= 64) {
    order = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      let j = i - 1;
      while (j >= 0 && values[order[j]] > v) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = i;
    }
  } else {
    order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  }
  let total = 0;
  for (const i of order) total += weights[i];
  const pos = new Array<number>(n);
  let cum = 0;
  for (let k = 0; k < n; k++) {
    const w = weights[order[k]];
    pos[k] = (cum + w / 2) / total;
    cum += w;
  }
  return qs.map((q) => {
    if (q <= pos[0]) return values[order[0]];
    if (q >= pos[n - 1]) return values[order[n - 1]];
    let k = 1;
    while (pos[k] < q) k++;
    const lo = values[order[k - 1]];
    const hi = values[order[k]];
    const t = (q - pos[k - 1]) / (pos[k] - pos[k - 1]);
    return lo + t * (hi - lo);
  });
}

export function quantile(values: readonly number[], q: number): number {
  return weightedQuantiles(
    values,
    values.map(() => 1),
    [q],
  )[0];
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
