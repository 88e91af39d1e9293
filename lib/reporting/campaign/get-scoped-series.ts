// One chart of one of the caller's campaigns, from the routes' parsed query.
import { defaultDb, type Queryable } from "../queryable.ts";
import { getCampaignSeries, type CampaignSeries } from "./get-campaign-series.ts";
import { getReportCampaign } from "./get-report-campaign.ts";
import type { Grain } from "./time-buckets.ts";

export async function getScopedSeries(
  brandIds: readonly string[] | null,
  campaignId: string,
  query: { grain: Grain; from?: string; to?: string },
  db: Queryable = defaultDb,
): Promise<CampaignSeries> {
  const campaign = await getReportCampaign(brandIds, campaignId, db);
  return getCampaignSeries(db, campaign, query.grain, {
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  });
}
