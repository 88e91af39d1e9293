// Turns GROUP BY rows into a complete record, so every status shows up (with 0)
// in cards and charts, in workflow order.
export function countsByKey<K extends string>(
  keys: readonly K[],
  rows: ReadonlyArray<{ key: string; count: number }>,
): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) if (r.key in out) out[r.key as K] += r.count;
  return out;
}
