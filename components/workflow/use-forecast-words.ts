"use client";
// lib/matches/forecast-words.ts in the reader's language: factor names, what each factor
// says to a creator, and forecast lines as ranges of whole numbers.
import { useTranslations } from "next-intl";
import type { Factors } from "@/lib/matches/forecast-words";
import { useFormat } from "@/lib/i18n/use-format";
import type { Forecast } from "@/lib/matching/engine/types";

export const FACTOR_KEYS: (keyof Factors)[] = [
  "audienceOverlap",
  "categoryMatch",
  "performancePrediction",
  "budgetFit",
];

const level = (x: number) => (x >= 75 ? "high" : x >= 50 ? "medium" : "low");

export function useForecastWords() {
  const t = useTranslations("forecast");
  const { formatInteger, formatMoney } = useFormat();

  /** A range of whole counts; one number when both ends round alike. */
  const range = (min: number, max: number) => {
    const lo = Math.max(0, Math.floor(min));
    const hi = Math.max(lo, Math.ceil(max));
    return lo === hi
      ? formatInteger(lo)
      : t("range", { lo: formatInteger(lo), hi: formatInteger(hi) });
  };

  return {
    range,
    factorLabel: (k: keyof Factors) => t(`factor.${k}`),
    confidence: (c: string) => (t.has(`confidenceLevel.${c}`) ? t(`confidenceLevel.${c}`) : c),
    risk: (code: string) => (t.has(`risk.${code}`) ? t(`risk.${code}`) : code),
    none: () => t("none"),
    factorsForCreator: (f: Factors) =>
      FACTOR_KEYS.map((k) =>
        t("creatorLine", {
          factor: t(`factor.${k}`),
          score: Math.round(f[k]),
          level: t(`level.${level(f[k])}`),
          text: t(`say.${k}.${level(f[k])}`),
        }),
      ),
    forecastLines: (f: Forecast) => {
      const { min, max, expected } = f.views;
      const k = (x: number) => (expected > 0 ? x / expected : 0);
      const scaled = (x: number) => [x * k(min), x * k(max)] as const;
      const [cLo, cHi] = scaled(f.clicks);
      const [sLo, sHi] = scaled(f.estimatedSales);
      const [rLo, rHi] = scaled(f.estimatedRevenue);
      return [
        {
          label: t("views"),
          value: t("viewsValue", {
            range: range(min, max),
            pct: Math.round(f.views.confidence * 100),
          }),
        },
        {
          label: t("engagement"),
          value: t("engagementValue", { pct: f.engagementRatePct.toFixed(1) }),
        },
        {
          label: t("clicks"),
          value: t("clicksValue", { range: range(cLo, cHi), pct: f.ctrPct.toFixed(1) }),
        },
        { label: t("sales"), value: t("salesValue", { range: range(sLo, sHi) }) },
        {
          label: t("revenue"),
          value: `${formatMoney(Math.round(rLo), f.currency)}–${formatMoney(Math.round(rHi), f.currency)}`,
        },
      ];
    },
  };
}
