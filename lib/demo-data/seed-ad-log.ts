// A demo ad log, so the ad-click dashboard is not empty on `npm start`: a week of
// generated Avazu-format impressions (lib/adstats/generator: skewed sites, apps and
// devices, ~17% CTR varying by dimension and hour, a few malformed lines) up to the day
// before now, imported through the same streaming import as an upload, so its rollups,
// dead letters and import log are the real thing. Run after the bulk demo load, like
// the tracked campaign (its rows are stamped with "now").
import { Readable } from "node:stream";
import type pg from "pg";
import { avazuChunks } from "../adstats/generator/write-generated.ts";
import { ingestAvazu, type IngestResult } from "../adstats/ingest/ingest.ts";

export const DEMO_AD_LOG = { source: "demo-ad-log.csv", rows: 200_000, days: 7, seed: 2014 };
const DAY = 86_400_000;

export async function seedDemoAdLog(
  pool: pg.Pool,
  now = new Date(),
  rows: number = DEMO_AD_LOG.rows,
): Promise<IngestResult> {
  const start = new Date(Math.floor(now.getTime() / DAY) * DAY - DEMO_AD_LOG.days * DAY);
  const file = avazuChunks({
    rows,
    seed: DEMO_AD_LOG.seed,
    start: start.toISOString().slice(0, 10),
    days: DEMO_AD_LOG.days,
    malformed: 0.002,
  });
  return ingestAvazu(pool, Readable.from(file), { source: DEMO_AD_LOG.source });
}
