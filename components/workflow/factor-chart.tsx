"use client";
// The four factors of a score as horizontal bars (through the one chart wrapper).
import { Chart } from "@/components/charts/chart";
import { useTranslations } from "next-intl";
import type { FactorWeights as Factors } from "@/lib/matching/engine/types";
import { FACTOR_KEYS, useForecastWords } from "./use-forecast-words";

export function FactorChart({ factors, title }: { factors: Factors; title: string }) {
  const { factorLabel } = useForecastWords();
  const t = useTranslations("forecast");
  return (
    <Chart
      kind="bar"
      orientation="rows"
      showValues
      height={160}
      title={title}
      data={FACTOR_KEYS.map((k) => ({
        x: factorLabel(k),
        y: Math.round(factors[k]),
      }))}
      series={[{ key: "y", label: t("scoreSeries") }]}
    />
  );
}
