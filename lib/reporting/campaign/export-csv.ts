// The report's tables as CSV: the per-creator table, forecast against actual, and the
// chart series at any grain. Money in integer minor units, ratios as decimals, so a
// spreadsheet recomputes exactly what the page shows.
import { toCsv, type CsvColumn } from "../to-csv.ts";
import type { CampaignReport, CreatorReportRow, ForecastReportRow } from "./get-campaign-report.ts";
import type { SeriesPoint } from "./get-campaign-series.ts";

const CREATOR_COLUMNS: CsvColumn<CreatorReportRow>[] = [
  { header: "creator", value: (r) => r.creatorName },
  { header: "status", value: (r) => r.status },
  { header: "videos", value: (r) => r.videos },
  { header: "views", value: (r) => (r.viewsMeasured ? r.views : null) },
  { header: "likes", value: (r) => r.likes },
  { header: "comments", value: (r) => r.comments },
  { header: "engagement_rate", value: (r) => r.engagementRate },
  { header: "clicks", value: (r) => r.clicks },
  { header: "ctr", value: (r) => r.ctr },
  { header: "orders", value: (r) => r.orders },
  { header: "refunds", value: (r) => r.refunds },
  { header: "revenue", value: (r) => r.revenue },
  { header: "agreed_fee", value: (r) => r.agreedAmount },
  { header: "commission_bp", value: (r) => r.commissionRateBp },
  { header: "cost", value: (r) => r.cost },
  { header: "settlement", value: (r) => r.settlementStatus },
  { header: "results_source", value: (r) => r.resultsSource },
  { header: "roi", value: (r) => r.roi },
  { header: "roas", value: (r) => r.roas },
  { header: "cpm", value: (r) => r.cpm },
  { header: "cpv", value: (r) => r.cpv },
  { header: "cpa", value: (r) => r.cpa },
];

const FORECAST_COLUMNS: CsvColumn<ForecastReportRow>[] = [
  { header: "creator", value: (r) => r.creatorName },
  { header: "predicted_views_min", value: (r) => r.predictedMin },
  { header: "predicted_views_max", value: (r) => r.predictedMax },
  { header: "actual_views", value: (r) => r.actual },
  { header: "within_range", value: (r) => r.withinRange },
  { header: "error", value: (r) => r.error },
];

export function creatorsCsv(report: CampaignReport): string {
  return toCsv(CREATOR_COLUMNS, report.creators);
}

export function forecastCsv(report: CampaignReport): string {
  return toCsv(FORECAST_COLUMNS, report.forecast.rows);
}

export function seriesCsv(points: readonly SeriesPoint[]): string {
  const keys = points[0] ? Object.keys(points[0]).filter((k) => k !== "x") : [];
  return toCsv(
    [
      { header: "bucket", value: (p: SeriesPoint) => p.x },
      ...keys.map((k) => ({
        header: k,
        value: (p: SeriesPoint) => (p as Record<string, number>)[k] ?? 0,
      })),
    ],
    points,
  );
}
