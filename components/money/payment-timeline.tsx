// One settlement as the creator follows it: fee put aside → completed → approved → paid,
// each step with when (and by whom, for the platform's steps).
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/get-format";
import type { SettlementView } from "@/lib/settlement/list-settlements";

export async function PaymentTimeline({
  settlement: s,
  heldAt,
}: {
  settlement: SettlementView;
  heldAt: string | null;
}) {
  const t = await getTranslations("money.payments");
  const { formatMoney, formatDateTime } = await getFormat();
  const done = new Map(s.history.map((h) => [h.to, h]));
  const steps = (["PENDING", "APPROVED", "PAID"] as const).map((status) => ({
    status,
    at: done.get(status)?.at ?? null,
    by: done.get(status)?.by ?? null,
  }));
  return (
    <ol
      aria-label={t("timelineLabel", { campaign: s.campaignTitle })}
      className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm"
    >
      {heldAt ? (
        <li>
          <span className="font-medium text-slate-900">
            {t("putAside", { brand: s.brandName })}
          </span>
          <span className="block text-xs text-slate-500">{formatDateTime(heldAt)}</span>
        </li>
      ) : null}
      {steps.map((step) => (
        <li key={step.status} className={step.at ? "" : "text-slate-400"}>
          <span className={step.at ? "font-medium text-slate-900" : ""}>
            {t(`step.${step.status}`, {
              amount: formatMoney(BigInt(s.creatorPayout), s.currency),
            })}
          </span>
          <span className="block text-xs">
            {step.at ? formatDateTime(step.at) : t(`notYet.${step.status}`)}
            {step.at && step.by && step.status !== "PENDING" ? ` · ${step.by}` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
