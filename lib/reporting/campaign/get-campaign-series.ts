// A campaign's figures over time at one grain, zero-filled: clicks, orders, refunds and
// revenue from the rollup of that grain (5-minute windows are sums of minute rows),
// and for days also the views, likes and comments the sponsored videos gained (daily
// snapshots, so views exist at day grain only) and the CTR of the day.
import { toNumber, type Queryable } from "../queryable.ts";
import type { ReportCampaign } from "./get-report-campaign.ts";
import {
  bucketKey,
  bucketWindow,
  DEFAULT_SPAN_MS,
  MAX_BUCKETS,
  koreaDayStart,
  zeroFillBuckets,
  type Grain,
  type Window,
} from "./time-buckets.ts";

const EVENT_FIELDS = ["clicks", "orders", "refunds", "revenue"] as const;
const VIEW_FIELDS = ["views", "likes", "comments"] as const;
type EventField = (typeof EVENT_FIELDS)[number];
type ViewField = (typeof VIEW_FIELDS)[number];

export type SeriesPoint = { x: string } & Record<EventField, number> &
  Partial<Record<ViewField | "ctr", number>>;
export type CampaignSeries = {
  grain: Grain;
  from: string;
  to: string;
  /** the default range was cut to the last MAX_BUCKETS buckets (a very long campaign) */
  clamped: boolean;
  points: SeriesPoint[];
};

const SOURCE: Record<Grain, { table: string; bucket: string }> = {
  minute: { table: "performance_minutely", bucket: "bucket" },
  "5min": { table: "performance_minutely", bucket: "date_bin('5 minutes', bucket, 'epoch')" },
  hour: { table: "performance_hourly", bucket: "bucket" },
  day: { table: "performance_daily", bucket: "bucket" },
};

/**
 * The chart's default range: "the last hours" (or the campaign's days) up to now or its
 * end. A campaign running longer than MAX_BUCKETS days shows its last MAX_BUCKETS days
 * (`clamped`, said on the page) rather than refusing its own report; an explicit range
 * that long is still a 422.
 */
export function defaultRange(campaign: ReportCampaign, grain: Grain, now: Date) {
  const end = campaign.endsAt && campaign.endsAt < now ? campaign.endsAt : now;
  if (grain !== "day") {
    return { from: new Date(end.getTime() - DEFAULT_SPAN_MS[grain]), to: end, clamped: false };
  }
  const start = campaign.startsAt ?? new Date(end.getTime() - 29 * 86_400_000);
  const from = start < end ? start : end;
  // the Korea day of `end` and the MAX_BUCKETS - 1 days before it
  const earliest = new Date(koreaDayStart(end).getTime() - (MAX_BUCKETS - 1) * 86_400_000);
  return from < earliest
    ? { from: earliest, to: end, clamped: true }
    : { from, to: end, clamped: false };
}

export async function getCampaignSeries(
  db: Queryable,
  campaign: ReportCampaign,
  grain: Grain,
  range: { from?: Date; to?: Date; now?: Date } = {},
): Promise<CampaignSeries> {
  const fallback = defaultRange(campaign, grain, range.now ?? new Date());
  const explicit = range.from !== undefined || range.to !== undefined;
  const window = bucketWindow(grain, range.from ?? fallback.from, range.to ?? fallback.to);
  const [events, views] = await Promise.all([
    readEvents(db, campaign.id, window),
    grain === "day" ? readDailyViews(db, campaign.id, window) : null,
  ]);
  const points: SeriesPoint[] = zeroFillBuckets(window.keys, events, EVENT_FIELDS);
  if (views) {
    const filled = zeroFillBuckets(window.keys, views, VIEW_FIELDS);
    points.forEach((p, i) => {
      Object.assign(p, filled[i], { x: p.x });
      p.ctr = p.views ? p.clicks / p.views : 0;
    });
  }
  return {
    grain,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    clamped: !explicit && fallback.clamped,
    points,
  };
}

async function readEvents(db: Queryable, campaignId: string, w: Window) {
  const { table, bucket } = SOURCE[w.grain];
  const { rows } = await db.query<{ t: Date } & Record<EventField, string>>(
    `SELECT ${bucket} AS t, sum(clicks)::text AS clicks, sum(orders)::text AS orders,
            sum(refunds)::text AS refunds, sum(revenue)::text AS revenue
       FROM ${table}
      WHERE campaign_id = $1 AND bucket >= $2 AND bucket < $3
      GROUP BY 1`,
    [campaignId, w.from, w.to],
  );
  return new Map(
    rows.map((r) => [
      bucketKey(w.grain, r.t),
      {
        clicks: toNumber(r.clicks),
        orders: toNumber(r.orders),
        refunds: toNumber(r.refunds),
        revenue: toNumber(r.revenue),
      },
    ]),
  );
}

// Each reading minus the one before it (the first: minus the baseline), so the days of
// a video add up to exactly the views it gained in the campaign.
async function readDailyViews(db: Queryable, campaignId: string, w: Window) {
  const { rows } = await db.query<{ day: string } & Record<ViewField, string>>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(views)::text AS views,
            sum(likes)::text AS likes, sum(comments)::text AS comments
       FROM (SELECT s.day,
                    s.views - coalesce(lag(s.views) OVER w, mv.baseline_views) AS views,
                    s.likes - coalesce(lag(s.likes) OVER w, mv.baseline_likes) AS likes,
                    s.comments - coalesce(lag(s.comments) OVER w, mv.baseline_comments) AS comments
               FROM video_stat_snapshots s
               JOIN match_videos mv ON mv.id = s.match_video_id
              WHERE mv.campaign_id = $1 AND mv.baseline_at IS NOT NULL
             WINDOW w AS (PARTITION BY s.match_video_id ORDER BY s.day)) d
      WHERE day >= $2::date AND day <= $3::date
      GROUP BY day`,
    [campaignId, w.keys[0], w.keys[w.keys.length - 1]],
  );
  return new Map(
    rows.map((r) => [
      r.day,
      { views: toNumber(r.views), likes: toNumber(r.likes), comments: toNumber(r.comments) },
    ]),
  );
}
