// What a match costs the brand, in integer minor units: the agreed fixed fee plus the
// agreed commission on the revenue attributed to the match. One function, used by the
// reports and by settlement on completion, so both always arrive at the same won.
//
//   cost = agreedAmount + floor(max(attributedRevenue, 0) × commissionRateBp / 10 000)
//
// Basis points (1250 = 12.5 %) keep the rate an integer; the commission is rounded
// down (the brand is never charged a fraction of a minor unit it did not agree to), and
// net revenue below zero (refunds outweighing orders) earns no negative commission.

export type MatchCostInput = {
  agreedAmount: bigint | null;
  commissionRateBp: number | null;
  attributedRevenue: bigint;
};

export function matchCost({
  agreedAmount,
  commissionRateBp,
  attributedRevenue,
}: MatchCostInput): bigint {
  const fee = agreedAmount ?? 0n;
  const bp = BigInt(commissionRateBp ?? 0);
  const revenue = attributedRevenue > 0n ? attributedRevenue : 0n;
  return fee + (revenue * bp) / 10_000n;
}

/**
 * The cost a report shows for a match. Once the match is settled the brand owes the
 * settlement's gross, which never moves again (later orders and refunds do not reopen
 * it), so that is the cost; before, the live formula over the revenue attributed so
 * far. One rule for the campaign report, the brand overview and the admin's platform
 * totals, so report, settlement and KPIs agree to the won.
 */
export function reportedMatchCost(input: MatchCostInput & { settledGross: bigint | null }): bigint {
  return input.settledGross ?? matchCost(input);
}
