// Zod schemas of the ad-stats domain, shared by the report CLI, the dashboard page,
// the predict route and the tests.
import { z } from "zod";
import { querySignedInt } from "../api/query-params.ts";
import { MAX_TEXT_FIELD } from "./columns.ts";

// a day of the calendar: 2014-02-30 is refused, not rolled over into March
const day = z.iso.date("a day as YYYY-MM-DD");
// from search params and CLI arguments: text, parsed strictly ("1", not "0x1" or "1e0")
const smallint = querySignedInt(-32768, 32767);
// a category as the log writes it: 1-64 characters but a comma (which would end the
// field) or a control character. Looser than what the import stores (parse-line.ts also
// refuses quotes, backslashes, DEL and U+FFFD), so every stored category can be filtered;
// filtersFromParams trims, so one stored with spaces around it cannot.
const category = z
  .string()
  .min(1)
  .max(MAX_TEXT_FIELD)
  .regex(/^[^\u0000-\u001f,]+$/, "A category as the log writes it, without commas");

/** Dashboard and report filters; every field optional. Empty strings mean "any". */
export const AdFiltersSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  deviceType: smallint.optional(),
  deviceConnType: smallint.optional(),
  bannerPos: smallint.optional(),
  siteCategory: category.optional(),
  appCategory: category.optional(),
});
export type AdFilters = z.infer<typeof AdFiltersSchema>;

/** Search params -> filters: blank fields dropped before parsing. */
export function filtersFromParams(params: Record<string, string | string[] | undefined>) {
  const clean: Record<string, string> = {};
  for (const key of Object.keys(AdFiltersSchema.shape)) {
    const v = params[key];
    const s = Array.isArray(v) ? v[0] : v;
    if (s !== undefined && s.trim() !== "") clean[key] = s.trim();
  }
  return AdFiltersSchema.safeParse(clean);
}

export const REPORT_DIMENSIONS = [
  "hour",
  "day",
  "device_type",
  "device_conn_type",
  "banner_pos",
  "site_category",
  "app_category",
  "site_id",
  "app_id",
] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export type ReportRow = { key: string; impressions: number; clicks: number; ctr: number };

const hexish = z.string().min(1).max(64);
const int32 = z.number().int().min(-2147483648).max(2147483647);

/** One row to score: the Avazu columns a CTR model uses (id and click not needed). */
export const CtrRowSchema = z.object({
  hour: z.string().regex(/^\d{8}$/, "An hour as YYMMDDHH"),
  C1: int32,
  banner_pos: int32,
  site_id: hexish,
  site_domain: hexish,
  site_category: hexish,
  app_id: hexish,
  app_domain: hexish,
  app_category: hexish,
  device_id: hexish,
  device_ip: hexish,
  device_model: hexish,
  device_type: int32,
  device_conn_type: int32,
  C14: int32,
  C15: int32,
  C16: int32,
  C17: int32,
  C18: int32,
  C19: int32,
  C20: int32,
  C21: int32,
});
export type CtrRow = z.infer<typeof CtrRowSchema>;

export const MAX_PREDICT_ROWS = 1000;
export const PredictBodySchema = z.object({
  rows: z.array(CtrRowSchema).min(1).max(MAX_PREDICT_ROWS),
});

/** The answer of POST /api/v1/ctr/predict: one probability per row, in order. */
export const PredictResultSchema = z.object({
  model: z.object({ id: z.uuid(), trainedAt: z.iso.datetime() }),
  predictions: z.array(z.number().min(0).max(1)),
});

export const AdImportQuerySchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w .()+-]+$/, "letters, digits, spaces and . ( ) + - _"),
});
