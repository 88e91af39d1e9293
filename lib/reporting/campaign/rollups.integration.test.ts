// The rollups the triggers keep equal a recount from the raw events, at every grain
// (and the per-match totals the sum of the day rows),
// after random clicks and orders arrive in random batches at the same time (separate
// connections, as the redirect's and the webhook's batches do), and after orders are
// corrected (moved to another creator) or deleted.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { insertBrand, insertCampaign, insertCreator } from "../test-fixtures.ts";
import {
  insertClicks,
  insertConversions,
  insertTrackedMatch,
  type ConversionInput,
  type TrackedMatch,
} from "./seed-events.ts";

const START = Date.parse("2026-10-30T12:00:00Z"); // spans Korea-day and UTC-day edges
const SPAN_MINUTES = 3 * 24 * 60;

const event = fc.record({
  match: fc.nat(2),
  minute: fc.nat(SPAN_MINUTES),
  second: fc.nat(59),
});
const order = fc.record({
  match: fc.option(fc.nat(2), { nil: null }),
  minute: fc.nat(SPAN_MINUTES),
  amount: fc.integer({ min: 1, max: 5_000_000 }),
  refund: fc.boolean(),
});

async function freshMatches(): Promise<TrackedMatch[]> {
  const brandId = await insertBrand(pool, { name: "Rollup brand" });
  const campaignId = await insertCampaign(pool, brandId);
  const out: TrackedMatch[] = [];
  for (let i = 0; i < 3; i++) {
    const creatorId = await insertCreator(pool, { name: `Rollup creator ${i}` });
    out.push(await insertTrackedMatch(pool, { brandId, campaignId, creatorId }, { agreed: 1 }));
  }
  return out;
}

const at = (minute: number, second = 0) => new Date(START + minute * 60_000 + second * 1000);

function chunks<T>(items: T[], cuts: number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let prev = 0;
  for (const p of [...points, items.length]) {
    out.push(items.slice(prev, p));
    prev = p;
  }
  return out.filter((c) => c.length > 0);
}

const GRAINS = [
  ["performance_minutely", "date_trunc('minute', t)"],
  ["performance_hourly", "date_trunc('hour', t)"],
  ["performance_daily", "date_trunc('day', t, 'Asia/Seoul')"],
] as const;

async function compare(matchIds: string[]) {
  for (const [table, trunc] of GRAINS) {
    const recount = await pool.query(
      `SELECT match_id, ${trunc} AS bucket, sum(c)::int AS clicks, sum(o)::int AS orders,
              sum(r)::int AS refunds, sum(a)::text AS revenue
         FROM (SELECT match_id, clicked_at AS t, 1 AS c, 0 AS o, 0 AS r, 0::bigint AS a
                 FROM clicks WHERE match_id = ANY($1)
               UNION ALL
               SELECT match_id, occurred_at, 0, (kind = 'ORDER')::int, (kind = 'REFUND')::int, amount
                 FROM conversions WHERE match_id = ANY($1)) e
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [matchIds],
    );
    const rollup = await pool.query(
      `SELECT match_id, bucket, clicks, orders, refunds, revenue::text AS revenue FROM ${table}
        WHERE match_id = ANY($1) AND (clicks, orders, refunds, revenue) <> (0, 0, 0, 0)
        ORDER BY 1, 2`,
      [matchIds],
    );
    expect(rollup.rows, table).toEqual(recount.rows);
  }
  // the per-match totals: the day rows summed over all days
  const days = await pool.query(
    `SELECT match_id, sum(clicks)::int AS clicks, sum(orders)::int AS orders,
            sum(refunds)::int AS refunds, sum(revenue)::text AS revenue
       FROM performance_daily WHERE match_id = ANY($1) GROUP BY 1 ORDER BY 1`,
    [matchIds],
  );
  const totals = await pool.query(
    `SELECT match_id, clicks::int, orders::int, refunds::int, revenue::text AS revenue FROM performance_totals
      WHERE match_id = ANY($1) ORDER BY 1`,
    [matchIds],
  );
  expect(totals.rows, "performance_totals").toEqual(days.rows);
}

describe("performance rollups", () => {
  it("equal a recount of the raw events after concurrent random batches, corrections and deletions", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { maxLength: 120 }),
        fc.array(fc.nat(200), { maxLength: 6 }),
        fc.array(order, { maxLength: 40 }),
        fc.array(fc.nat(200), { maxLength: 4 }),
        fc.nat(),
        async (clicks, clickCuts, orders, orderCuts, seed) => {
          const matches = await freshMatches();
          const brandId = matches[0].brandId;
          const conversions: ConversionInput[] = orders.map((o, i) => ({
            at: at(o.minute),
            amount: o.refund ? -o.amount : o.amount,
            kind: o.refund ? "REFUND" : "ORDER",
            orderId: `o-${i}`,
            match: o.match === null ? undefined : matches[o.match],
          }));
          // every batch on its own connection, all at once
          await Promise.all([
            ...chunks(clicks, clickCuts).map((batch) =>
              Promise.all(
                matches.map((m, i) =>
                  insertClicks(
                    pool,
                    m,
                    batch.filter((c) => c.match === i).map((c) => at(c.minute, c.second)),
                  ),
                ),
              ),
            ),
            ...chunks(conversions, orderCuts).map((batch) =>
              insertConversions(pool, brandId, batch),
            ),
          ]);
          const ids = matches.map((m) => m.matchId);
          await compare(ids);

          // corrections: re-attribute some orders, delete others, drop a link with its clicks
          const other = matches[(seed % 2) + 1];
          await pool.query(
            `UPDATE conversions SET match_id = $2, campaign_id = $3, creator_id = $4,
                    occurred_at = occurred_at + interval '61 minutes'
              WHERE brand_id = $1 AND id % 3 = $5`,
            [brandId, other.matchId, other.campaignId, other.creatorId, seed % 3],
          );
          await pool.query(`DELETE FROM conversions WHERE brand_id = $1 AND id % 4 = $2`, [
            brandId,
            seed % 4,
          ]);
          await pool.query(`DELETE FROM tracking_links WHERE id = $1`, [matches[seed % 3].linkId]);
          await compare(ids);
        },
      ),
      { numRuns: 15 },
    );
  });
});
