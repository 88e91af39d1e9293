// The ad-stats dashboard's data against a real Postgres: the filters' choices stay every
// value of the date range under a dimension filter, and a range without impressions is
// empty (the page then says so instead of charting zeros).
import { describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { ingestAvazu } from "../ingest/ingest.ts";
import { chunked, generatedText } from "../generator/test-helpers.ts";
import { getAdDashboard } from "./dashboard.ts";

// 2042: a year no other test imports ad logs into
const WEEK = { from: "2042-03-01", to: "2042-03-07" };

describe("ad-stats dashboard", () => {
  it("offers every device type of the range while one is filtered, and nothing where nothing is", async () => {
    await ingestAvazu(
      pool,
      chunked(generatedText({ rows: 5_000, seed: 42, start: WEEK.from, days: 7 })),
      { source: "t-dashboard-2042" },
    );
    const all = await getAdDashboard(pool, WEEK);
    const types = all.deviceType.map((r) => r.key);
    expect(types.length).toBeGreaterThan(1);
    expect(all.choices.deviceType).toEqual(all.deviceType);
    const one = await getAdDashboard(pool, { ...WEEK, deviceType: Number(types[0]) });
    expect(one.deviceType.map((r) => r.key)).toEqual([types[0]]);
    expect(one.choices.deviceType.map((r) => r.key).sort()).toEqual([...types].sort());
    const none = await getAdDashboard(pool, { from: "2042-06-01", to: "2042-06-30" });
    expect(none.totals.impressions).toBe(0);
  });
});
