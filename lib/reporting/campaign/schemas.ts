// Query parameters of the campaign report routes, shared by the routes, the page and tests.
import { z } from "zod";
import { GRAINS } from "./time-buckets.ts";

export const ReportParams = z.strictObject({ id: z.uuid() });

const instant = z.iso.datetime({ offset: true });

export const SeriesQuery = z.strictObject({
  grain: z.enum(GRAINS).default("day"),
  from: instant.optional(),
  to: instant.optional(),
});

export const EXPORT_TABLES = ["creators", "forecast", "series"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const ExportQuery = SeriesQuery.extend({ table: z.enum(EXPORT_TABLES) });
