// Revenue and cost of completed matches per month (by when the outcome was
// measured), zero-filled, for the brand dashboard chart.
import { DISPLAY_TIME_ZONE } from "./format.ts";
import { lastMonthKeys, zeroFill } from "./month-buckets.ts";
import { defaultDb, toNumber, type Queryable } from "./queryable.ts";

export type MonthlyResult = { x: string; revenue: number; cost: number };

export async function getBrandMonthlyResults(
  brandIds: readonly string[],
  opts: { months?: number; now?: Date } = {},
  db: Queryable = defaultDb,
): Promise<MonthlyResult[]> {
  const keys = lastMonthKeys(opts.now ?? new Date(), opts.months ?? 12);
  const { rows } = await db.query<{ month: string; revenue: string; cost: string }>(
    `SELECT to_char(date_trunc('month', o.measured_at AT TIME ZONE $2), 'YYYY-MM') AS month,
            sum(o.revenue)::text AS revenue, sum(o.cost)::text AS cost
       FROM match_outcomes o
       JOIN matches m ON m.id = o.match_id
       JOIN campaigns c ON c.id = m.campaign_id
      WHERE c.brand_id = ANY($1::uuid[]) AND m.status = 'COMPLETED' AND m.currency = 'KRW'
        AND to_char(date_trunc('month', o.measured_at AT TIME ZONE $2), 'YYYY-MM') >= $3
      GROUP BY 1`,
    [brandIds, DISPLAY_TIME_ZONE, keys[0]],
  );
  return zeroFill(
    keys,
    rows.map((r) => ({ month: r.month, revenue: toNumber(r.revenue), cost: toNumber(r.cost) })),
    ["revenue", "cost"] as const,
  );
}
