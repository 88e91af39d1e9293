// Exact to the won: each amount is checked against the definition of rounding down
// (a*bp/10000 lies in [x, x+1)), not against a second copy of the formula.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSettlement } from "./compute-settlement.ts";

const money = fc.bigInt({ min: 0n, max: 10n ** 13n });
const bp = fc.integer({ min: 0, max: 10_000 });

describe("computeSettlement", () => {
  it("splits exactly for any integer amounts and basis-point rates", () => {
    fc.assert(
      fc.property(
        money,
        bp,
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 13n }),
        bp,
        (fixedFee, commissionRateBp, attributedRevenue, platformFeeBp) => {
          const s = computeSettlement({
            fixedFee,
            commissionRateBp,
            attributedRevenue,
            platformFeeBp,
          });
          const revenue = attributedRevenue > 0n ? attributedRevenue : 0n;
          const floorOk = (x: bigint, base: bigint, rate: number) =>
            x * 10_000n <= base * BigInt(rate) && base * BigInt(rate) < (x + 1n) * 10_000n;
          expect(floorOk(s.commission, revenue, commissionRateBp)).toBe(true);
          expect(s.gross).toBe(fixedFee + s.commission);
          expect(floorOk(s.platformFee, s.gross, platformFeeBp)).toBe(true);
          expect(s.creatorPayout + s.platformFee).toBe(s.gross);
          expect(s.creatorPayout >= 0n && s.platformFee >= 0n).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("worked example: ₩1,000,000 fee + 12.5 % of ₩2,345,679 revenue, 10 % platform", () => {
    expect(
      computeSettlement({
        fixedFee: 1_000_000n,
        commissionRateBp: 1250,
        attributedRevenue: 2_345_679n,
        platformFeeBp: 1000,
      }),
    ).toEqual({
      commission: 293_209n, // 293,209.875 rounded down
      gross: 1_293_209n,
      platformFee: 129_320n, // 129,320.9 rounded down
      creatorPayout: 1_163_889n,
    });
  });

  it("refuses rates outside 0..10,000 bp and a negative fee", () => {
    const ok = { fixedFee: 1n, commissionRateBp: 0, attributedRevenue: 0n, platformFeeBp: 0 };
    expect(() => computeSettlement({ ...ok, platformFeeBp: 10_001 })).toThrow(RangeError);
    expect(() => computeSettlement({ ...ok, commissionRateBp: 1.5 })).toThrow(RangeError);
    expect(() => computeSettlement({ ...ok, fixedFee: -1n })).toThrow(RangeError);
  });
});
