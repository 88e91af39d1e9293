import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { scopedBrandIds } from "@/lib/campaigns/campaign-scope";
import { getScopedSeries } from "@/lib/reporting/campaign/get-scoped-series";
import { CampaignSeriesSchema, ReportParams, SeriesQuery } from "@/lib/reporting/campaign/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

// GET /api/v1/campaigns/:id/report/series?grain=minute|5min|hour|day&from&to – one
// chart's zero-filled buckets (default: the last hours, or the campaign's days).
export const GET = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    params: ReportParams,
    query: SeriesQuery,
    docs: {
      summary: "Campaign report chart",
      description:
        "Zero-filled buckets of one grain (minute, 5min, hour, day); by default the last 3 / 12 / 72 hours or the campaign's days; at most 1,500 buckets.",
      response: { schema: CampaignSeriesSchema },
      examples: { query: { grain: "hour" } },
    },
  },
  async ({ user, params, query }) => getScopedSeries(scopedBrandIds(user), params.id, query),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
