// Rollup queries: CTR by time or by a dimension, under the dashboard's filters. They
// read the rollups, never the raw events, and each the smallest rollup that answers
// its filters (filters are whole UTC days):
//   by hour             adstats_hourly_totals, or the hourly cube under a dimension filter
//   totals, by day and by a dimension: adstats_daily (the cube per day)
//   top sites / apps    adstats_entity_totals, or adstats_entity_daily under a dimension
//                       filter, each with the site / app journal not yet merged
// All of them are written by the same import statements (rollup-upserts.ts), so the
// figures agree whichever is read. The report CLI and the dashboard call these same
// functions, so their numbers agree too.
import type { Queryable } from "../../reporting/queryable.ts";
import { PLACEHOLDER_APP_ID, PLACEHOLDER_SITE_ID } from "../columns.ts";
import { ENTITY_COLUMNS, ENTITY_JOURNAL_ROWS } from "../rollups/rollup-upserts.ts";
import type { AdFilters, ReportDimension, ReportRow } from "../schemas.ts";

type CubeDimension = Exclude<ReportDimension, "hour" | "day" | "site_id" | "app_id">;
const DIM_KEY: Record<CubeDimension, string> = {
  device_type: "device_type::text",
  device_conn_type: "device_conn_type::text",
  banner_pos: "banner_pos::text",
  site_category: "site_category",
  app_category: "app_category",
};

/** Whether the filters name a dimension (then only the tables that carry them answer). */
export function filtersDimension(f: AdFilters): boolean {
  return (
    f.deviceType !== undefined ||
    f.deviceConnType !== undefined ||
    f.bannerPos !== undefined ||
    f.siteCategory !== undefined ||
    f.appCategory !== undefined
  );
}

/** WHERE clause over the filters; `timeColumn` is `hour` (hourly tables) or `day`. */
export function filterSql(f: AdFilters, timeColumn: "hour" | "day", values: unknown[]): string {
  const where: string[] = [];
  const add = (sql: string, v: unknown) => {
    values.push(v);
    where.push(sql.replace("?", `$${values.length}`));
  };
  if (f.from)
    add(
      timeColumn === "hour" ? `hour >= ?::date::timestamp AT TIME ZONE 'UTC'` : `day >= ?::date`,
      f.from,
    );
  if (f.to) {
    add(
      timeColumn === "hour"
        ? `hour < (?::date + 1)::timestamp AT TIME ZONE 'UTC'`
        : `day <= ?::date`,
      f.to,
    );
  }
  if (f.deviceType !== undefined) add("device_type = ?", f.deviceType);
  if (f.deviceConnType !== undefined) add("device_conn_type = ?", f.deviceConnType);
  if (f.bannerPos !== undefined) add("banner_pos = ?", f.bannerPos);
  if (f.siteCategory !== undefined) add("site_category = ?", f.siteCategory);
  if (f.appCategory !== undefined) add("app_category = ?", f.appCategory);
  return where.length ? `WHERE ${where.join(" AND ")}` : "";
}

type Raw = { key: string; impressions: string; clicks: string };

const toRow = (r: Raw): ReportRow => {
  const impressions = Number(r.impressions);
  const clicks = Number(r.clicks);
  return { key: r.key, impressions, clicks, ctr: impressions === 0 ? 0 : clicks / impressions };
};

const SUMS = "sum(impressions) AS impressions, sum(clicks) AS clicks";

// The site / app rollups with the deltas still in their journal (rollup-upserts.ts):
// exact whether or not the last batches have been merged.
const ENTITY_DAILY = `(SELECT ${ENTITY_COLUMNS} FROM adstats_entity_daily
  UNION ALL SELECT ${ENTITY_COLUMNS} FROM ${ENTITY_JOURNAL_ROWS})`;
const ENTITY_TOTALS = `(SELECT day, kind, entity_id, impressions, clicks FROM adstats_entity_totals
  UNION ALL SELECT day, kind, entity_id, impressions, clicks FROM ${ENTITY_JOURNAL_ROWS})`;

export async function reportBy(
  db: Queryable,
  by: ReportDimension,
  filters: AdFilters = {},
  { limit = 1000 }: { limit?: number } = {},
): Promise<ReportRow[]> {
  const values: unknown[] = [];
  const dims = filtersDimension(filters);
  let sql: string;
  if (by === "site_id" || by === "app_id") {
    const where = filterSql(filters, "day", values);
    values.push(
      by === "site_id" ? "s" : "a",
      by === "site_id" ? PLACEHOLDER_SITE_ID : PLACEHOLDER_APP_ID,
    );
    const n = values.length;
    sql = `SELECT entity_id AS key, ${SUMS} FROM ${dims ? ENTITY_DAILY : ENTITY_TOTALS} e
                  ${where ? `${where} AND` : "WHERE"} kind = $${n - 1} AND entity_id <> $${n}
            GROUP BY entity_id ORDER BY sum(impressions) DESC, entity_id`;
  } else if (by === "hour") {
    // grouped on the timestamp, formatted once per hour afterwards
    sql = `SELECT to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24":00:00Z"') AS key, impressions, clicks
             FROM (SELECT hour, ${SUMS} FROM ${dims ? "adstats_hourly" : "adstats_hourly_totals"}
                          ${filterSql(filters, "hour", values)} GROUP BY hour) h
            ORDER BY hour`;
  } else if (by === "day") {
    sql = `SELECT to_char(day, 'YYYY-MM-DD') AS key, impressions, clicks
             FROM (SELECT day, ${SUMS} FROM adstats_daily ${filterSql(filters, "day", values)}
                    GROUP BY day) d
            ORDER BY day`;
  } else {
    sql = `SELECT ${DIM_KEY[by]} AS key, ${SUMS} FROM adstats_daily ${filterSql(filters, "day", values)}
            GROUP BY ${by} ORDER BY sum(impressions) DESC, 1`;
  }
  values.push(limit);
  const { rows } = await db.query<Raw>(`${sql} LIMIT $${values.length}`, values);
  return rows.map(toRow);
}

/** Totals under the filters, and the days that hold data (for the date pickers). */
export async function reportTotals(db: Queryable, filters: AdFilters = {}) {
  const values: unknown[] = [];
  const where = filterSql(filters, "day", values);
  const { rows } = await db.query<{
    impressions: string | null;
    clicks: string | null;
    first: string | null;
    last: string | null;
  }>(
    `SELECT ${SUMS}, to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last
       FROM adstats_daily ${where}`,
    values,
  );
  const impressions = Number(rows[0].impressions ?? 0);
  const clicks = Number(rows[0].clicks ?? 0);
  return {
    impressions,
    clicks,
    ctr: impressions === 0 ? 0 : clicks / impressions,
    firstDay: rows[0].first,
    lastDay: rows[0].last,
  };
}
