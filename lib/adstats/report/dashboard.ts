// Everything the ad-stats dashboard shows, under its filters, in one Promise.all of
// rollup queries (report.ts, the report CLI's own). bench:avazu-report times this.
import type { Queryable } from "../../reporting/queryable.ts";
import { reportBy, reportTotals } from "./report.ts";
import type { AdFilters, ReportRow } from "../schemas.ts";

const DAY = 86_400_000;
/** Up to this many days the CTR chart is hourly; beyond, daily. */
const HOURLY_UP_TO_DAYS = 3;
const TOP = 10;

export type AdDashboard = Awaited<ReturnType<typeof getAdDashboard>>;

export async function getAdDashboard(db: Queryable, filters: AdFilters) {
  const all = await reportTotals(db, {});
  const from = filters.from ?? all.firstDay;
  const to = filters.to ?? all.lastDay;
  const days = from && to ? Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1 : 0;
  const grain = days > 0 && days <= HOURLY_UP_TO_DAYS ? "hour" : "day";
  // The filters' choices: every value of the date range, whatever the dimension filters
  // (filtered to device type 1, the device menu still offers the others)
  const { from: _from, to: _to, ...dimensions } = filters;
  const dimensionFiltered = Object.values(dimensions).some((v) => v !== undefined);
  const [totals, series, shown, otherChoices, sites, apps] = await Promise.all([
    reportTotals(db, filters),
    reportBy(db, grain, filters),
    breakdowns(db, filters, 12),
    dimensionFiltered ? breakdowns(db, { from: filters.from, to: filters.to }, 50) : null,
    reportBy(db, "site_id", filters, { limit: TOP }),
    reportBy(db, "app_id", filters, { limit: TOP }),
  ]);
  return {
    range: { from, to, firstDay: all.firstDay, lastDay: all.lastDay },
    choices: otherChoices ?? shown,
    grain,
    totals,
    series: from && to && days <= 400 ? zeroFill(series, grain, from, to) : series,
    ...shown,
    sites,
    apps,
  };
}

/** CTR by each filterable dimension, the categories' `categories` largest. */
async function breakdowns(db: Queryable, filters: AdFilters, categories: number) {
  const [deviceType, connType, bannerPos, siteCategory, appCategory] = await Promise.all([
    reportBy(db, "device_type", filters),
    reportBy(db, "device_conn_type", filters),
    reportBy(db, "banner_pos", filters),
    reportBy(db, "site_category", filters, { limit: categories }),
    reportBy(db, "app_category", filters, { limit: categories }),
  ]);
  return { deviceType, connType, bannerPos, siteCategory, appCategory };
}

/** Every bucket of the range, empty ones with zeros, so the chart's x axis is true. */
export function zeroFill(
  rows: ReportRow[],
  grain: "hour" | "day",
  from: string,
  to: string,
): ReportRow[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: ReportRow[] = [];
  const step = grain === "hour" ? 3_600_000 : DAY;
  const end = Date.parse(`${to}T00:00:00Z`) + DAY;
  for (let t = Date.parse(`${from}T00:00:00Z`); t < end; t += step) {
    const iso = new Date(t).toISOString();
    const key = grain === "hour" ? `${iso.slice(0, 13)}:00:00Z` : iso.slice(0, 10);
    out.push(byKey.get(key) ?? { key, impressions: 0, clicks: 0, ctr: 0 });
  }
  return out;
}
