// The rules behind the money figures, stated where the figures are shown (the product
// promises a definition next to every number).
import { getTranslations } from "next-intl/server";
import { ATTRIBUTION_WINDOW_DAYS } from "@/lib/conversions/record-conversions";
import { env } from "@/lib/env";
import { formatBp } from "@/lib/money";

export async function AttributionRule() {
  const t = await getTranslations("money.rules");
  return (
    <p className="text-xs leading-relaxed text-slate-600">
      <strong>{t("attributionTitle")}</strong> {t("attribution", { days: ATTRIBUTION_WINDOW_DAYS })}
    </p>
  );
}

export async function SettlementRule() {
  const t = await getTranslations("money.rules");
  return (
    <p className="text-xs leading-relaxed text-slate-600">
      <strong>{t("settlementTitle")}</strong>{" "}
      {t("settlement", { platformFee: formatBp(env().PLATFORM_COMMISSION_BP) })}
    </p>
  );
}

export { formatBp } from "@/lib/money";
