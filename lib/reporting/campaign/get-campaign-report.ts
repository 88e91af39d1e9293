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
  /** views known: measured on its sponsored videos, or entered by the brand */
  viewsMeasured: boolean;
  /**
   * Where the row's results come from: "measured" (videos and tracking), "entered" (a
   * completed match nothing measures: the results its brand entered at completion),
   * "mixed" (one of the two measured, the other entered), "none" (neither yet).
   */
  resultsSource: "measured" | "entered" | "mixed" | "none";
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
    // What nothing measures, the brand's entered results stand in for (a completed
    // match only): views without a measured video, clicks / orders / revenue without
    // any tracking. The dashboard's ROI counts them the same way.
    const enteredViews = m.views === null && m.entered !== null;
    const enteredSales = !m.tracked && m.entered !== null;
    const views = enteredViews ? m.entered!.views : m.views;
    const sales = enteredSales
      ? {
          clicks: m.entered!.clicks,
          orders: m.entered!.orders,
          refunds: 0,
          revenue: m.entered!.revenue,
        }
      : { clicks: m.clicks, orders: m.orders, refunds: m.refunds, revenue: m.revenue };
    // the commission is on the revenue attributed to the match, as its settlement's;
    // entered revenue is the brand's account of results, not an attributed order
    const cost = reportedMatchCost({
      agreedAmount: m.agreedAmount,
      commissionRateBp: m.commissionRateBp,
      attributedRevenue: m.revenue,
      settledGross: m.settledGross,
    });
    const measured = (m.views !== null ? 1 : 0) + (m.tracked ? 1 : 0);
    return {
      matchId: m.matchId,
      creatorId: m.creatorId,
      creatorName: m.creatorName,
      status: m.status,
      videos: m.videos,
      agreedAmount: Number(m.agreedAmount ?? 0n),
      commissionRateBp: m.commissionRateBp ?? 0,
      settlementStatus: m.settlementStatus,
      viewsMeasured: views !== null,
      resultsSource:
        enteredViews || enteredSales
          ? measured > 0
            ? "mixed"
            : "entered"
          : measured > 0
            ? "measured"
            : "none",
      ...figures({
        views: views ?? 0,
        clicks: sales.clicks,
        orders: sales.orders,
        refunds: sales.refunds,
        revenue: Number(sales.revenue),
        cost: Number(cost),
        // with entered views, the entered likes and comments (the videos' would be 0)
        likes: enteredViews ? m.entered!.likes : m.likes,
        comments: enteredViews ? m.entered!.comments : m.comments,
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

  const forecastRows = matches.map((m, i) => ({
    matchId: m.matchId,
    creatorName: m.creatorName,
    ...forecastRow({
      predictedMin: m.predictedViewsMin,
      predictedMax: m.predictedViewsMax,
      actual: creators[i]!.viewsMeasured ? creators[i]!.views : null,
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
