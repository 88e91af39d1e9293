// The arithmetic of one settlement, in integer minor units (BigInt: no float ever
// touches money). Rules, as the settlement pages state them:
// - commission = attributed revenue (net of refunds, never below 0) × commission rate
//   in basis points / 10,000, rounded down to the minor unit;
// - gross (what the brand pays) = agreed fixed fee + commission;
// - platform fee = gross × PLATFORM_COMMISSION_BP / 10,000, rounded down;
// - creator payout = gross − platform fee (so the creator keeps every rounding remainder,
//   and payout + platform fee = gross exactly).

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
  const revenue = input.attributedRevenue > 0n ? input.attributedRevenue : 0n;
  // BigInt division truncates, which is rounding down for amounts >= 0
  const commission = (revenue * BigInt(input.commissionRateBp)) / BP;
  const gross = input.fixedFee + commission;
  const platformFee = (gross * BigInt(input.platformFeeBp)) / BP;
  return { commission, gross, platformFee, creatorPayout: gross - platformFee };
}
