// npm run report:avazu -- --by hour|day|device_type|device_conn_type|banner_pos|site_category|app_category|site_id|app_id
//                          [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--device-type N] [--conn-type N]
//                          [--banner-pos N] [--site-category X] [--app-category X] [--limit N] [--json]
// Prints a rollup (lib/adstats/report/report.ts, the dashboard's own query) as rows
// {key, impressions, clicks, ctr}: a table, or with --json one JSON array.
import { parseArgs } from "node:util";
import {
  AdFiltersSchema,
  REPORT_DIMENSIONS,
  type ReportDimension,
} from "../../lib/adstats/schemas.ts";
import { runScript, withScriptPool } from "../lib/run-script.ts";

const USAGE = `usage: npm run report:avazu -- --by ${REPORT_DIMENSIONS.join("|")} [filters] [--limit N] [--json]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      by: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "device-type": { type: "string" },
      "conn-type": { type: "string" },
      "banner-pos": { type: "string" },
      "site-category": { type: "string" },
      "app-category": { type: "string" },
      limit: { type: "string", default: "1000" },
      json: { type: "boolean", default: false },
    },
  });
  if (!REPORT_DIMENSIONS.includes(values.by as ReportDimension)) throw new Error(USAGE);
  const filters = AdFiltersSchema.safeParse({
    from: values.from,
    to: values.to,
    deviceType: values["device-type"],
    deviceConnType: values["conn-type"],
    bannerPos: values["banner-pos"],
    siteCategory: values["site-category"],
    appCategory: values["app-category"],
  });
  if (!filters.success) {
    throw new Error(
      `${filters.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}\n${USAGE}`,
    );
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
    throw new Error(`--limit in 1..100000\n${USAGE}`);
  return withScriptPool(async (pool) => {
    const { reportBy } = await import("../../lib/adstats/report/report.ts");
    const rows = await reportBy(pool, values.by as ReportDimension, filters.data, { limit });
    if (values.json) {
      console.log(JSON.stringify(rows));
    } else {
      console.table(rows.map((r) => ({ ...r, ctr: `${(r.ctr * 100).toFixed(2)}%` })));
    }
    return 0;
  });
}

runScript(main);
