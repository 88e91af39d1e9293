import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { scopedBrandIds } from "@/lib/campaigns/campaign-scope";
import { creatorsCsv, forecastCsv, seriesCsv } from "@/lib/reporting/campaign/export-csv";
import { getCampaignReport } from "@/lib/reporting/campaign/get-campaign-report";
import { getScopedSeries } from "@/lib/reporting/campaign/get-scoped-series";
import { ExportQuery, ReportParams } from "@/lib/reporting/campaign/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

// GET /api/v1/campaigns/:id/report/export?table=creators|forecast|series[&grain&from&to]
// – one table of the report as a CSV download.
export const GET = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    params: ReportParams,
    query: ExportQuery,
    docs: {
      summary: "Campaign report as CSV",
      description:
        "One table of the report (creators, forecast, or a chart's series) as a CSV download.",
      response: { description: "RFC 4180 CSV with a header row", contentType: "text/csv" },
      examples: { query: { table: "creators" } },
    },
  },
  async ({ user, params, query }) => {
    const brandIds = scopedBrandIds(user);
    let csv: string;
    if (query.table === "series") {
      csv = seriesCsv((await getScopedSeries(brandIds, params.id, query)).points);
    } else {
      const report = await getCampaignReport(brandIds, params.id);
      csv = query.table === "creators" ? creatorsCsv(report) : forecastCsv(report);
    }
    const name = query.table === "series" ? `series-${query.grain}` : query.table;
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="campaign-${params.id}-${name}.csv"`,
      },
    });
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
