import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { scopedBrandIds } from "@/lib/campaigns/campaign-scope";
import { getCampaignReport } from "@/lib/reporting/campaign/get-campaign-report";
import { CampaignReportSchema, ReportParams } from "@/lib/reporting/campaign/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

// GET /api/v1/campaigns/:id/report – totals, per-creator figures, forecast against
// actual and the daily chart of one of the caller's campaigns (rollups only).
export const GET = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    params: ReportParams,
    docs: {
      summary: "Campaign report",
      description:
        "Totals (views, clicks, CTR, conversions, revenue, cost, ROI, ROAS, CPM, CPV, CPA), one row per creator, forecast against actual and the daily chart, from the rollups. Money in integer minor units; impressions are the sponsored videos' views.",
      response: { schema: CampaignReportSchema },
    },
  },
  async ({ user, params }) => getCampaignReport(scopedBrandIds(user), params.id),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
