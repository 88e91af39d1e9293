// The rules behind the money figures, stated where the figures are shown (the product
// promises a definition next to every number).
import { ATTRIBUTION_WINDOW_DAYS } from "@/lib/conversions/record-conversions";

export function AttributionRule() {
  return (
    <p className="text-xs leading-relaxed text-slate-600">
      <strong>How orders are attributed:</strong> to the creator whose tracking link the order
      quotes a click of (<code>clickId</code>), when that click was one of your links within the{" "}
      {ATTRIBUTION_WINDOW_DAYS} days before the order; else to the creator of the promo code it
      quotes (any letter case, not expired); else to no creator. A refund follows its order and
      counts as negative revenue.
    </p>
  );
}

export function SettlementRule({ platformFeeBp }: { platformFeeBp: number }) {
  return (
    <p className="text-xs leading-relaxed text-slate-600">
      <strong>How a settlement is computed</strong> when a match is completed: gross = agreed fee +
      commission, where commission = attributed revenue (orders − refunds) × the agreed commission
      rate, rounded down to the won. The platform keeps {formatBp(platformFeeBp)} of the gross
      (rounded down); the creator receives the rest. The fee is put aside in the brand&apos;s escrow
      when the proposal is accepted and paid out of it when an admin marks the settlement paid.
    </p>
  );
}

/** 1250 -> "12.5 %" */
export function formatBp(bp: number): string {
  return `${(bp / 100).toLocaleString("en-US", { maximumFractionDigits: 2 })} %`;
}
