// Two edges of the rollup triggers: an event deleted after its minute was pruned does
// not leave a negative minute row behind, and a correction that moves an order between
// rows of the same match and minute (one statement) does not trip the upsert over the
// same key twice.
import { describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { pruneMinuteRollups } from "../prune-minute-rollups.ts";
import { insertBrand, insertCampaign, insertCreator } from "../test-fixtures.ts";
import { insertClicks, insertConversions, insertTrackedMatch } from "./seed-events.ts";

async function freshMatch() {
  const brandId = await insertBrand(pool, { name: "Edge brand" });
  const campaignId = await insertCampaign(pool, brandId);
  const creatorId = await insertCreator(pool, { name: "Edge creator" });
  return insertTrackedMatch(pool, { brandId, campaignId, creatorId }, { agreed: 1 });
}

async function rows(table: string, matchId: string) {
  const order = table === "performance_totals" ? "" : "ORDER BY bucket";
  const { rows } = await pool.query(
    `SELECT clicks::int, orders::int, refunds::int, revenue::int AS revenue
       FROM ${table} WHERE match_id = $1 ${order}`,
    [matchId],
  );
  return rows;
}

describe("rollup edges", () => {
  it("drops a late delete's minute delta once the minute is pruned, and keeps hours and days exact", async () => {
    const m = await freshMatch();
    const old = new Date("2026-06-01T03:04:05Z");
    await insertClicks(pool, m, [old, old]);
    await insertConversions(pool, m.brandId, [{ at: old, amount: 10_000, match: m }]);
    await pruneMinuteRollups(pool, new Date("2026-07-01T00:00:00Z"));
    expect(await rows("performance_minutely", m.matchId)).toEqual([]);

    await pool.query(`DELETE FROM clicks WHERE link_id = $1`, [m.linkId]);
    await pool.query(`DELETE FROM conversions WHERE match_id = $1`, [m.matchId]);
    expect(await rows("performance_minutely", m.matchId)).toEqual([]);
    const zero = { clicks: 0, orders: 0, refunds: 0, revenue: 0 };
    expect(await rows("performance_hourly", m.matchId)).toEqual([zero]);
    expect(await rows("performance_daily", m.matchId)).toEqual([zero]);
    expect(await rows("performance_totals", m.matchId)).toEqual([zero]);
  });

  it("takes a correction that relabels an order within its match in one statement", async () => {
    const m = await freshMatch();
    const at = new Date("2026-11-20T10:00:30Z");
    await insertConversions(pool, m.brandId, [{ at, amount: 5_000, match: m }]);
    const other = await insertCreator(pool, { name: "Edge creator 2" });
    await pool.query(`UPDATE conversions SET creator_id = $2 WHERE match_id = $1`, [
      m.matchId,
      other,
    ]);
    const one = { clicks: 0, orders: 1, refunds: 0, revenue: 5_000 };
    expect(await rows("performance_minutely", m.matchId)).toEqual([one]);
    expect(await rows("performance_hourly", m.matchId)).toEqual([one]);
    expect(await rows("performance_daily", m.matchId)).toEqual([one]);
    expect(await rows("performance_totals", m.matchId)).toEqual([one]);
  });
});
