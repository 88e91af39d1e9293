// Rollup queries: CTR by time or by a dimension, under the dashboard's filters. They
// read adstats_hourly (the cube) or adstats_entity_daily (sites and apps), never the
// raw events, so they answer in milliseconds whatever the number of rows imported.
// The report CLI and the dashboard call the same function, so their numbers agree.
import type { Queryable } from "../reporting/queryable.ts";
import { PLACEHOLDER_APP_ID, PLACEHOLDER_SITE_ID } from "./columns.ts";
import type { AdFilters, ReportDimension, ReportRow } from "./schemas.ts";

const CUBE_KEY: Record<Exclude<ReportDimension, "site_id" | "app_id">, string> = {
  hour: `to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24":00:00Z"')`,
  day: `to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
  device_type: "device_type::text",
  device_conn_type: "device_conn_type::text",
  banner_pos: "banner_pos::text",
  site_category: "site_category",
  app_category: "app_category",
};

/** WHERE clause over the filters; `timeColumn` is `hour` (cube) or `day` (entities). */
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

export async function reportBy(
  db: Queryable,
  by: ReportDimension,
  filters: AdFilters = {},
  { limit = 1000 }: { limit?: number } = {},
): Promise<ReportRow[]> {
  const values: unknown[] = [];
  if (by === "site_id" || by === "app_id") {
    const where = filterSql(filters, "day", values);
    values.push(
      by === "site_id" ? "s" : "a",
      by === "site_id" ? PLACEHOLDER_SITE_ID : PLACEHOLDER_APP_ID,
      limit,
    );
    const n = values.length;
    const { rows } = await db.query<Raw>(
      `SELECT entity_id AS key, sum(impressions) AS impressions, sum(clicks) AS clicks
         FROM adstats_entity_daily ${where ? `${where} AND` : "WHERE"} kind = $${n - 2} AND entity_id <> $${n - 1}
        GROUP BY entity_id ORDER BY sum(impressions) DESC, entity_id LIMIT $${n}`,
      values,
    );
    return rows.map(toRow);
  }
  const where = filterSql(filters, "hour", values);
  const timeOrdered = by === "hour" || by === "day";
  values.push(limit);
  const { rows } = await db.query<Raw>(
    `SELECT ${CUBE_KEY[by]} AS key, sum(impressions) AS impressions, sum(clicks) AS clicks
       FROM adstats_hourly ${where}
      GROUP BY 1 ORDER BY ${timeOrdered ? "1" : "sum(impressions) DESC, 1"} LIMIT $${values.length}`,
    values,
  );
  return rows.map(toRow);
}

/** Totals under the filters, and the days that hold data (for the date pickers). */
export async function reportTotals(db: Queryable, filters: AdFilters = {}) {
  const values: unknown[] = [];
  const where = filterSql(filters, "hour", values);
  const { rows } = await db.query<{
    impressions: string | null;
    clicks: string | null;
    first: string | null;
    last: string | null;
  }>(
    `SELECT sum(impressions) AS impressions, sum(clicks) AS clicks,
            to_char(min(hour) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS first,
            to_char(max(hour) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS last
       FROM adstats_hourly ${where}`,
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
