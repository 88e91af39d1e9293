// The demo ad log against a real Postgres: a week of impressions up to the day before
// "now", its accounting exact, the dashboard's figures its own, and a second seed
// adding nothing (the import's exactly-once).
import { describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { reportBy, reportTotals } from "../adstats/report/report.ts";
import { seedDemoAdLog } from "./seed-ad-log.ts";

// 2041: a year no other test imports ad logs into
const NOW = new Date(Date.UTC(2041, 4, 20, 15, 30));
const WEEK = { from: "2041-05-13", to: "2041-05-19" };

describe("demo ad log", () => {
  it("imports a week up to yesterday, every row accounted for, once", async () => {
    const r = await seedDemoAdLog(pool, NOW, 20_000);
    expect(r.rowsRead).toBe(20_000);
    expect(r.rowsRead).toBe(r.rowsStored + r.rowsDeadLettered);
    expect(r.rowsDeadLettered).toBeGreaterThan(0); // a few malformed lines, as logs have
    expect(r.clicks / r.impressions).toBeGreaterThan(0.12);
    expect(r.clicks / r.impressions).toBeLessThan(0.22);
    const totals = await reportTotals(pool, WEEK);
    expect({ impressions: totals.impressions, clicks: totals.clicks }).toEqual({
      impressions: r.impressions,
      clicks: r.clicks,
    });
    const days = await reportBy(pool, "day", WEEK);
    expect(days.map((d) => d.key)).toEqual([
      "2041-05-13",
      "2041-05-14",
      "2041-05-15",
      "2041-05-16",
      "2041-05-17",
      "2041-05-18",
      "2041-05-19",
    ]);
    // a second seed (npm start after db:seed --force of another table set) stores nothing
    const again = await seedDemoAdLog(pool, NOW, 20_000);
    expect(again).toMatchObject({ rowsInserted: 0, rowsDuplicate: r.rowsStored });
    expect((await reportTotals(pool, WEEK)).impressions).toBe(r.impressions);
  });
});
