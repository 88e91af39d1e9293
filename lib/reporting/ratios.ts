// Return-on-spend ratios as the product defines them. Undefined (null) when nothing
// was spent: a ratio over zero cost is not "infinite success", it is no data.

/** ROI = (revenue − cost) / cost */
export function roi(revenue: number, cost: number): number | null {
  return cost > 0 ? (revenue - cost) / cost : null;
}

/** ROAS = revenue / cost */
export function roas(revenue: number, cost: number): number | null {
  return cost > 0 ? revenue / cost : null;
}
