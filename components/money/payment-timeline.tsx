// One settlement as the creator follows it: fee put aside → completed → approved → paid,
// each step with when (and by whom, for the platform's steps).
import { formatDateTime } from "@/lib/reporting/format";
import { formatMoney } from "@/lib/money";
import type { SettlementView } from "@/lib/settlement/list-settlements";
import { SETTLEMENT_LABEL } from "./settlement-status";

const STEP_TEXT = {
  PENDING: "Completed: settlement computed",
  APPROVED: "Approved by the platform",
  PAID: "Paid out to you",
} as const;

export function PaymentTimeline({
  settlement: s,
  heldAt,
}: {
  settlement: SettlementView;
  heldAt: string | null;
}) {
  const done = new Map(s.history.map((h) => [h.to, h]));
  const steps = (["PENDING", "APPROVED", "PAID"] as const).map((status) => ({
    status,
    at: done.get(status)?.at ?? null,
    by: done.get(status)?.by ?? null,
  }));
  return (
    <ol
      aria-label={`Payment timeline: ${s.campaignTitle}`}
      className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm"
    >
      {heldAt ? (
        <li>
          <span className="font-medium text-slate-900">Fee put aside by {s.brandName}</span>
          <span className="block text-xs text-slate-500">{formatDateTime(heldAt)}</span>
        </li>
      ) : null}
      {steps.map((step) => (
        <li key={step.status} className={step.at ? "" : "text-slate-400"}>
          <span className={step.at ? "font-medium text-slate-900" : ""}>
            {STEP_TEXT[step.status]}
            {step.status === "PAID" ? `: ${formatMoney(BigInt(s.creatorPayout), s.currency)}` : ""}
          </span>
          <span className="block text-xs">
            {step.at ? formatDateTime(step.at) : `not ${SETTLEMENT_LABEL[step.status]} yet`}
            {step.at && step.by && step.status !== "PENDING" ? ` · ${step.by}` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
