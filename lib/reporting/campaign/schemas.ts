// Query parameters of the campaign report routes, shared by the routes, the page and tests.
import { z } from "zod";
import { GRAINS, MAX_BUCKETS } from "./time-buckets.ts";

export const ReportParams = z.strictObject({ id: z.uuid() });

// a report's window: any instant a campaign can run in (campaign days are 2000-2099, in
// any time zone: a day either side, and the end of 2099 as an exclusive end)
const EARLIEST = Date.UTC(1999, 11, 31);
const LATEST = Date.UTC(2100, 0, 2);
const instant = z.iso.datetime({ offset: true }).refine((s) => {
  const t = new Date(s).getTime();
  return t >= EARLIEST && t <= LATEST;
}, "Use a time between 2000 and 2099");

export const SeriesQuery = z.strictObject({
  grain: z.enum(GRAINS).default("day"),
  from: instant.optional(),
  to: instant.optional(),
});

export const EXPORT_TABLES = ["creators", "forecast", "series"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const ExportQuery = SeriesQuery.extend({ table: z.enum(EXPORT_TABLES) });

// ── Answers (the OpenAPI document, and the outside-production response check) ──
const num = z.number();
const ratio = z.number().nullable();
// Bounded like the inputs: ids, names as stored, ISO instants and days.
const id = z.string().max(40);
const text = z.string().max(500);
const isoText = z.string().max(40);
/** Matches one report lists (far past any campaign's creators). */
export const REPORT_CREATORS_MAX = 5_000;

export const SeriesPointSchema = z
  .object({
    x: z
      .string()
      .max(40)
      .describe("bucket: Korea day YYYY-MM-DD, or the UTC start of a minute / 5-minute / hour"),
    clicks: num,
    orders: num,
    refunds: num,
    revenue: num.describe("net attributed revenue, minor units"),
    views: num.optional().describe("day grain only: views the sponsored videos gained that day"),
    likes: num.optional(),
    comments: num.optional(),
    ctr: num.optional(),
  })
  .meta({ id: "ReportSeriesPoint" });

export const CampaignSeriesSchema = z
  .object({
    grain: z.enum(GRAINS),
    from: isoText,
    to: isoText,
    clamped: z
      .boolean()
      .describe("the default range was cut to the last 1,500 days of a longer campaign"),
    points: z.array(SeriesPointSchema).max(MAX_BUCKETS),
  })
  .meta({ id: "ReportSeries" });

const FiguresShape = {
  views: num,
  clicks: num,
  orders: num,
  refunds: num,
  revenue: num,
  cost: num,
  likes: num,
  comments: num,
  ctr: ratio,
  roi: ratio,
  roas: ratio,
  cpm: ratio,
  cpv: ratio,
  cpa: ratio,
  engagementRate: ratio,
};

export const CampaignReportSchema = z
  .object({
    campaign: z.object({
      id,
      brandId: id,
      title: text,
      status: text,
      currency: z.string().max(3),
      startsAt: isoText.nullable(),
      endsAt: isoText.nullable(),
    }),
    totals: z.object(FiguresShape),
    creators: z
      .array(
        z.object({
          ...FiguresShape,
          matchId: id,
          creatorId: id,
          creatorName: text,
          status: text,
          videos: num,
          agreedAmount: num,
          commissionRateBp: num,
          settlementStatus: z
            .enum(["PENDING", "APPROVED", "PAID"])
            .nullable()
            .describe("set once the match is settled: its cost is then the settlement's gross"),
          viewsMeasured: z.boolean(),
          resultsSource: z
            .enum(["measured", "entered", "mixed", "none"])
            .describe(
              "measured: sponsored videos and tracking; entered: a completed match nothing measures, with the results its brand entered at completion; mixed: one of each; none: nothing yet",
            ),
        }),
      )
      .max(REPORT_CREATORS_MAX),
    forecast: z.object({
      measured: num,
      withinRangeRate: ratio,
      mape: ratio,
      rows: z
        .array(
          z.object({
            matchId: id,
            creatorName: text,
            predictedMin: num,
            predictedMax: num,
            actual: num.nullable(),
            withinRange: z.boolean().nullable(),
            error: ratio,
          }),
        )
        .max(REPORT_CREATORS_MAX),
    }),
    daily: CampaignSeriesSchema,
  })
  .meta({ id: "CampaignReport" });
