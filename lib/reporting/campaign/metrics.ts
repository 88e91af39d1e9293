// The derived figures of a campaign report, from summed counts and integer money, as the
// product defines them (lib/reporting/definitions.ts words them for the screens).
// Impressions are video views here: a sponsored video's views are the audience that
// could click its link. Cost-per figures are money, so they are rounded half up to
// whole minor units with integer arithmetic; ratios are plain numbers.
import { roas, roi } from "../ratios.ts";

export type Counts = {
  views: number;
  clicks: number;
  /** ORDER rows attributed; a later refund does not un-count the order. */
  orders: number;
  refunds: number;
  /** Net attributed revenue, minor units (refunds subtracted). */
  revenue: number;
  /** matchCost summed, minor units. */
  cost: number;
};

export type Metrics = {
  ctr: number | null;
  roi: number | null;
  roas: number | null;
  cpm: number | null;
  cpv: number | null;
  cpa: number | null;
};

/** round(a / b) half up, for a ≥ 0, b > 0, in exact integers. */
export function divRound(a: number, b: number): number {
  const A = BigInt(a);
  const B = BigInt(b);
  return Number((2n * A + B) / (2n * B));
}

export function metricsOf(c: Counts): Metrics {
  const per = (amount: number, n: number) => (n > 0 && amount >= 0 ? divRound(amount, n) : null);
  return {
    ctr: c.views > 0 ? c.clicks / c.views : null,
    roi: roi(c.revenue, c.cost),
    roas: roas(c.revenue, c.cost),
    cpm: per(c.cost * 1000, c.views),
    cpv: per(c.cost, c.views),
    cpa: per(c.cost, c.orders),
  };
}
