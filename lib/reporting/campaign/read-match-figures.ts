// One row per reported match of a campaign (accepted or completed, or any with tracked
// events): its agreed terms, the forecast made at proposal time, the tracked totals from
// the per-match totals rollup, and the views / likes / comments its sponsored videos gained since
// their baseline, up to the campaign's last day, and its settlement when there is one. Reads rollups and snapshots only,
// and the results its brand entered at completion (match_outcomes), which stand in for
// what nothing measures: the workflow asks for them "until tracking fills them in".
import { dayKey } from "../format.ts";
import { toNumber, type Queryable } from "../queryable.ts";
import { trackedMatchSql } from "../tracked-match.ts";
import type { ReportCampaign } from "./get-report-campaign.ts";

export type MatchFigures = {
  matchId: string;
  creatorId: string;
  creatorName: string;
  status: string;
  agreedAmount: bigint | null;
  commissionRateBp: number | null;
  /** the settlement's gross once the match is settled (what the brand owes), else null */
  settledGross: bigint | null;
  settlementStatus: "PENDING" | "APPROVED" | "PAID" | null;
  predictedViewsMin: number;
  predictedViewsMax: number;
  clicks: number;
  orders: number;
  refunds: number;
  revenue: bigint;
  videos: number;
  /** null until a linked video has a reading after its baseline */
  views: number | null;
  likes: number;
  comments: number;
  /** something tracks the match (a link, a code, an attributed order): its clicks, orders and revenue are measured */
  tracked: boolean;
  /** what the brand entered when it marked the match completed, if it did */
  entered: {
    views: number;
    likes: number;
    comments: number;
    clicks: number;
    orders: number;
    revenue: bigint;
  } | null;
};

type Row = {
  match_id: string;
  creator_id: string;
  creator_name: string;
  status: string;
  agreed_amount: string | null;
  commission_rate_bp: number | null;
  settled_gross: string | null;
  settlement_status: MatchFigures["settlementStatus"];
  predicted_views_min: number;
  predicted_views_max: number;
  clicks: string | null;
  orders: string | null;
  refunds: string | null;
  revenue: string | null;
  videos: number | null;
  measured: number | null;
  views: string | null;
  likes: string | null;
  comments: string | null;
  tracked: boolean;
  entered_views: number | null;
  entered_likes: number | null;
  entered_comments: number | null;
  entered_clicks: number | null;
  entered_orders: number | null;
  entered_revenue: string | null;
};

export async function readMatchFigures(
  db: Queryable,
  campaign: ReportCampaign,
): Promise<MatchFigures[]> {
  const lastDay = campaign.endsAt ? dayKey(campaign.endsAt) : null;
  const { rows } = await db.query<Row>(
    `WITH r AS (
       SELECT match_id, clicks, orders, refunds, revenue FROM performance_totals WHERE campaign_id = $1
     ), v AS (
       SELECT mv.match_id, count(*)::int AS videos, count(s.views)::int AS measured,
              sum(s.views - mv.baseline_views) AS views, sum(s.likes - mv.baseline_likes) AS likes,
              sum(s.comments - mv.baseline_comments) AS comments
         FROM match_videos mv
         LEFT JOIN LATERAL (
           SELECT views, likes, comments FROM video_stat_snapshots s
            WHERE s.match_video_id = mv.id AND ($2::date IS NULL OR s.day <= $2::date)
            ORDER BY s.day DESC LIMIT 1
         ) s ON mv.baseline_at IS NOT NULL
        WHERE mv.campaign_id = $1 GROUP BY mv.match_id
     )
     SELECT m.id AS match_id, m.creator_id, cr.display_name AS creator_name, m.status::text AS status,
            m.agreed_amount::text, m.commission_rate_bp,
            st.gross::text AS settled_gross, st.status::text AS settlement_status,
            m.predicted_views_min, m.predicted_views_max,
            r.clicks::text, r.orders::text, r.refunds::text, r.revenue::text,
            v.videos, v.measured, v.views::text, v.likes::text, v.comments::text,
            ${trackedMatchSql("m", "r")} AS tracked,
            o.views AS entered_views, o.likes AS entered_likes, o.comments AS entered_comments,
            o.clicks AS entered_clicks, o.orders AS entered_orders,
            o.revenue::text AS entered_revenue
       FROM matches m
       JOIN creators cr ON cr.id = m.creator_id
       LEFT JOIN r ON r.match_id = m.id
       LEFT JOIN v ON v.match_id = m.id
       LEFT JOIN settlements st ON st.match_id = m.id
       LEFT JOIN match_outcomes o ON o.match_id = m.id AND m.status = 'COMPLETED'
      WHERE m.campaign_id = $1 AND (m.status IN ('ACCEPTED', 'COMPLETED') OR r.match_id IS NOT NULL)
      ORDER BY cr.display_name, m.id`,
    [campaign.id, lastDay],
  );
  return rows.map((r) => ({
    matchId: r.match_id,
    creatorId: r.creator_id,
    creatorName: r.creator_name,
    status: r.status,
    agreedAmount: r.agreed_amount === null ? null : BigInt(r.agreed_amount),
    commissionRateBp: r.commission_rate_bp,
    settledGross: r.settled_gross === null ? null : BigInt(r.settled_gross),
    settlementStatus: r.settlement_status,
    predictedViewsMin: r.predicted_views_min,
    predictedViewsMax: r.predicted_views_max,
    clicks: toNumber(r.clicks),
    orders: toNumber(r.orders),
    refunds: toNumber(r.refunds),
    revenue: BigInt(r.revenue ?? "0"),
    videos: r.videos ?? 0,
    views: r.measured ? toNumber(r.views) : null,
    likes: toNumber(r.likes),
    comments: toNumber(r.comments),
    tracked: r.tracked,
    entered:
      r.entered_views === null
        ? null
        : {
            views: r.entered_views,
            likes: r.entered_likes ?? 0,
            comments: r.entered_comments ?? 0,
            clicks: r.entered_clicks ?? 0,
            orders: r.entered_orders ?? 0,
            revenue: BigInt(r.entered_revenue ?? "0"),
          },
  }));
}
