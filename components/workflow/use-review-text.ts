"use client";
// Why a proposal waits for admin review (lib/matches/review-lines.ts), in the reader's
// language; null when the match has no such lines (an admin's note, or an older match).
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { FactParams } from "@/lib/matching/engine/facts";
import type { ReviewLine } from "@/lib/matches/review-lines";
import { useFactText } from "./use-fact-text";

export function useReviewText(): (lines: ReviewLine[] | null | undefined) => string | null {
  const t = useTranslations("reviewQueue");
  const text = useFactText();
  const { formatMoney } = useFormat();
  return (lines) => {
    if (!lines?.length) return null;
    return lines
      .map((l) => {
        if (l.code === "ABOVE_BUDGET_THRESHOLD")
          return t("reason.ABOVE_BUDGET_THRESHOLD", {
            amount: formatMoney(l.params.amount, l.params.currency),
            threshold: formatMoney(l.params.threshold, l.params.currency),
          });
        if (l.code === "SERIOUS_RISK") {
          const risk = { code: l.params.risk, params: l.params.riskParams as FactParams };
          // the risk is a sentence; the lines are joined and closed by the page's own text
          const said = (text.risk(risk) ?? l.params.risk).replace(/[.。]\s*$/, "");
          return t("reason.SERIOUS_RISK", { risk: said });
        }
        return t(`reason.${l.code}`);
      })
      .join("; ");
  };
}
