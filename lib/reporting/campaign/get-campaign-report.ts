// The campaign report: totals with every derived figure, one row per creator, forecast
// against actual, and the daily chart — all from the rollups and video snapshots, so
// its cost does not grow with the number of clicks and orders.
import { reportedMatchCost } from "../match-cost.ts";
import { defaultDb, type Queryable } from "../queryable.ts";
import { forecastRow, forecastSummary, type ForecastRow } from "./forecast-accuracy.ts";
import { getCampaignSeries, type CampaignSeries } from "./get-campaign-series.ts";
import { getReportCampaign, type ReportCampaign } from "./get-report-campaign.ts";
import { metricsOf, type Counts, type Metrics } from "./metrics.ts";
import { readMatchFigures } from "./read-match-figures.ts";

export type Figures = Counts &
  Metrics & {
    likes: number;
    comments: number;
    /** (Δlikes + Δcomments) / Δviews of the sponsored videos in the campaign window */
    engagementRate: number | null;
  };

export type CreatorReportRow = Figures & {
  matchId: string;
  creatorId: string;
  creatorName: string;
  status: string;
  videos: number;
  agreedAmount: number;
  commissionRateBp: number;
  /** settled: cost is the settlement's gross and no longer moves (match-cost.ts) */
  settlementStatus: "PENDING" | "APPROVED" | "PAID" | null;
  viewsMeasured: boolean;
};

export type ForecastReportRow = ForecastRow & {
  matchId: string;
  creatorName: string;
};

export type CampaignReport = {
  campaign: Omit<ReportCampaign, "startsAt" | "endsAt"> & {
    startsAt: string | null;
    endsAt: string | null;
  };
  totals: Figures;
  creators: CreatorReportRow[];
  forecast: { rows: ForecastReportRow[] } & ReturnType<typeof forecastSummary>;
  daily: CampaignSeries;
};

export async function getCampaignReport(
  brandIds: readonly string[] | null,
  campaignId: string,
  options: { now?: Date } = {},
  db: Queryable = defaultDb,
): Promise<CampaignReport> {
  const campaign = await getReportCampaign(brandIds, campaignId, db);
  const [matches, daily] = await Promise.all([
    readMatchFigures(db, campaign),
    getCampaignSeries(db, campaign, "day", { now: options.now }),
  ]);

  const creators: CreatorReportRow[] = matches.map((m) => {
    const cost = reportedMatchCost({
      agreedAmount: m.agreedAmount,
      commissionRateBp: m.commissionRateBp,
      attributedRevenue: m.revenue,
      settledGross: m.settledGross,
    });
    return {
      matchId: m.matchId,
      creatorId: m.creatorId,
      creatorName: m.creatorName,
      status: m.status,
      videos: m.videos,
      agreedAmount: Number(m.agreedAmount ?? 0n),
      commissionRateBp: m.commissionRateBp ?? 0,
      settlementStatus: m.settlementStatus,
      viewsMeasured: m.views !== null,
      ...figures({
        views: m.views ?? 0,
        clicks: m.clicks,
        orders: m.orders,
        refunds: m.refunds,
        revenue: Number(m.revenue),
        cost: Number(cost),
        likes: m.likes,
        comments: m.comments,
      }),
    };
  });

  const sum = (k: keyof Counts | "likes" | "comments") => creators.reduce((s, c) => s + c[k], 0);
  const totals = figures({
    views: sum("views"),
    clicks: sum("clicks"),
    orders: sum("orders"),
    refunds: sum("refunds"),
    revenue: sum("revenue"),
    cost: sum("cost"),
    likes: sum("likes"),
    comments: sum("comments"),
  });

  const forecastRows = matches.map((m) => ({
    matchId: m.matchId,
    creatorName: m.creatorName,
    ...forecastRow({
      predictedMin: m.predictedViewsMin,
      predictedMax: m.predictedViewsMax,
      actual: m.views,
    }),
  }));

  return {
    campaign: {
      ...campaign,
      startsAt: campaign.startsAt?.toISOString() ?? null,
      endsAt: campaign.endsAt?.toISOString() ?? null,
    },
    totals,
    creators,
    forecast: { rows: forecastRows, ...forecastSummary(forecastRows) },
    daily,
  };
}

function figures(c: Counts & { likes: number; comments: number }): Figures {
  return {
    ...c,
    ...metricsOf(c),
    engagementRate: c.views > 0 ? (c.likes + c.comments) / c.views : null,
  };
}
