"use client";
// The four factors of a score as horizontal bars (through the one chart wrapper).
import { Chart } from "@/components/charts/chart";
import { FACTOR_LABEL, type Factors } from "@/lib/matches/forecast-words";

export function FactorChart({ factors, title }: { factors: Factors; title: string }) {
  return (
    <Chart
      kind="bar"
      orientation="rows"
      showValues
      height={160}
      title={title}
      data={(Object.keys(FACTOR_LABEL) as (keyof Factors)[]).map((k) => ({
        x: FACTOR_LABEL[k],
        y: Math.round(factors[k]),
      }))}
      series={[{ key: "y", label: "Score (0–100)" }]}
    />
  );
}
