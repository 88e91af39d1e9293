// reported_match_cost (SQL, for statements that sum cost over many matches) is the
// same rule as reportedMatchCost (TypeScript, for settlement and the campaign report):
// equal to the won on random terms, including nulls, negative net revenue, amounts at
// the edges of BIGINT and commissions that round down.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { reportedMatchCost } from "./match-cost.ts";

const BIGINT_MAX = 2n ** 63n - 1n;
const bigint = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: BIGINT_MAX }),
  fc.bigInt({ min: -10_000_000n, max: 10_000_000_000n }),
);
const terms = fc.record({
  agreedAmount: fc.option(fc.bigInt({ min: 0n, max: BIGINT_MAX }), { nil: null }),
  commissionRateBp: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  attributedRevenue: bigint,
  settledGross: fc.option(fc.bigInt({ min: 0n, max: BIGINT_MAX }), { nil: null }),
});

describe("reported_match_cost", () => {
  it("equals reportedMatchCost for any terms", async () => {
    const cases = fc.sample(terms, { numRuns: 2_000, seed: 7 });
    cases.push(
      {
        agreedAmount: 1_000_000n,
        commissionRateBp: 1_250,
        attributedRevenue: 99_999n,
        settledGross: null,
      },
      {
        agreedAmount: 500n,
        commissionRateBp: 1_000,
        attributedRevenue: -7_000n,
        settledGross: null,
      },
      { agreedAmount: null, commissionRateBp: null, attributedRevenue: 10n, settledGross: null },
      { agreedAmount: 1n, commissionRateBp: 9_999, attributedRevenue: 1n, settledGross: null },
      { agreedAmount: 7n, commissionRateBp: 5_000, attributedRevenue: 3n, settledGross: 0n },
    );
    const { rows } = await pool.query<{ cost: string }>(
      `SELECT reported_match_cost(a, bp, r, s)::text AS cost
         FROM unnest($1::bigint[], $2::int[], $3::bigint[], $4::bigint[]) WITH ORDINALITY AS t(a, bp, r, s, i)
        ORDER BY i`,
      [
        cases.map((c) => c.agreedAmount?.toString() ?? null),
        cases.map((c) => c.commissionRateBp),
        cases.map((c) => c.attributedRevenue.toString()),
        cases.map((c) => c.settledGross?.toString() ?? null),
      ],
    );
    expect(rows.map((r) => BigInt(r.cost))).toEqual(cases.map((c) => reportedMatchCost(c)));
  });
});
