"use client";
// Forecasts and factor scores in the reader's language: factor names, what each factor
// says to a creator, and forecast lines as ranges of whole numbers
// (lib/matches/forecast-ranges.ts).
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { forecastRanges } from "@/lib/matches/forecast-ranges";
import type { FactorWeights as Factors, Forecast } from "@/lib/matching/engine/types";

export const FACTOR_KEYS: (keyof Factors)[] = [
  "audienceOverlap",
  "categoryMatch",
  "performancePrediction",
  "budgetFit",
];

const level = (x: number) => (x >= 75 ? "high" : x >= 50 ? "medium" : "low");

export function useForecastWords() {
  const t = useTranslations("forecast");
  const { formatInteger, formatMoney, formatPercent } = useFormat();

  /** A range of whole counts, as wholeRange rounds it; one number when both ends agree. */
  const range = ([lo, hi]: [number, number]) =>
    lo === hi ? formatInteger(lo) : t("range", { lo: formatInteger(lo), hi: formatInteger(hi) });

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
      const r = forecastRanges(f);
      return [
        {
          label: t("views"),
          value: t("viewsValue", {
            range: range(r.views),
            pct: Math.round(f.views.confidence * 100),
          }),
        },
        {
          label: t("engagement"),
          value: t("engagementValue", { pct: f.engagementRatePct.toFixed(1) }),
        },
        {
          label: t("clicks"),
          value: t("clicksValue", { range: range(r.clicks), pct: f.ctrPct.toFixed(1) }),
        },
        {
          label: t("sales"),
          value:
            r.placeSharePct === null
              ? t("salesValue", { range: range(r.sales) })
              : t("salesValueNearby", {
                  range: range(r.sales),
                  // whole percents as the risks say them ("about 2%"); one decimal under 1%
                  pct: formatPercent(r.placeSharePct / 100, r.placeSharePct < 1 ? 1 : 0),
                }),
        },
        {
          label: t("revenue"),
          value: `${formatMoney(r.revenue[0], f.currency)}–${formatMoney(r.revenue[1], f.currency)}`,
        },
      ];
    },
  };
}
