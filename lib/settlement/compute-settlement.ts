// The arithmetic of one settlement, in integer minor units (BigInt: no float ever
// touches money). Rules, as the settlement pages state them:
// - commission = attributed revenue (net of refunds, never below 0) × commission rate
//   in basis points / 10,000, rounded down to the minor unit;
// - gross (what the brand pays) = agreed fixed fee + commission;
// - platform fee = gross × PLATFORM_COMMISSION_BP / 10,000, rounded down;
// - creator payout = gross − platform fee (so the creator keeps every rounding remainder,
//   and payout + platform fee = gross exactly).

import { matchCost } from "../reporting/match-cost.ts";

export type SettlementInput = {
  fixedFee: bigint;
  commissionRateBp: number;
  attributedRevenue: bigint;
  platformFeeBp: number;
};

export type SettlementAmounts = {
  commission: bigint;
  gross: bigint;
  platformFee: bigint;
  creatorPayout: bigint;
};

const BP = 10_000n;

export function computeSettlement(input: SettlementInput): SettlementAmounts {
  for (const [name, bp] of [
    ["commissionRateBp", input.commissionRateBp],
    ["platformFeeBp", input.platformFeeBp],
  ] as const) {
    if (!Number.isInteger(bp) || bp < 0 || bp > 10_000)
      throw new RangeError(`${name} out of range`);
  }
  if (input.fixedFee < 0n) throw new RangeError("fixedFee is negative");
  // The same cost the campaign report shows (one formula: lib/reporting/match-cost.ts)
  const gross = matchCost({
    agreedAmount: input.fixedFee,
    commissionRateBp: input.commissionRateBp,
    attributedRevenue: input.attributedRevenue,
  });
  const commission = gross - input.fixedFee;
  const platformFee = (gross * BigInt(input.platformFeeBp)) / BP;
  return { commission, gross, platformFee, creatorPayout: gross - platformFee };
}
