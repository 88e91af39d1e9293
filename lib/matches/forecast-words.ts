// Forecasts and factor scores in the words people read them in: ranges of whole
// numbers ("40–90 sales", never "75.8 sales"), money in won, and, for creators, what
// each factor says about their channel rather than the engine's jargon.
import type { Forecast } from "../matching/engine/types.ts";
import { formatMoney } from "../reporting/format.ts";

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** A range of whole counts; collapses to one number when both ends round alike. */
export function countRange(min: number, max: number, unit: string): string {
  const lo = Math.max(0, Math.floor(min));
  const hi = Math.max(lo, Math.ceil(max));
  if (hi === 0) return `no ${unit}`;
  if (lo === hi) return `${int.format(lo)} ${unit}`;
  return `${int.format(lo)}–${int.format(hi)} ${unit}`;
}

export type ForecastLine = { label: string; value: string };

/** The forecast as lines; sales, clicks and revenue scale with the views range. */
export function forecastLines(f: Forecast): ForecastLine[] {
  const { min, max, expected } = f.views;
  const k = (x: number) => (expected > 0 ? x / expected : 0);
  const scaled = (x: number) => [x * k(min), x * k(max)] as const;
  const [cLo, cHi] = scaled(f.clicks);
  const [sLo, sHi] = scaled(f.estimatedSales);
  const [rLo, rHi] = scaled(f.estimatedRevenue);
  return [
    {
      label: "Views",
      value: `${countRange(min, max, "views")} (${Math.round(f.views.confidence * 100)}% likely)`,
    },
    {
      label: "Engagement",
      value: `about ${f.engagementRatePct.toFixed(1)}% of viewers like, comment or share`,
    },
    { label: "Clicks", value: `${countRange(cLo, cHi, "clicks")} at ${f.ctrPct.toFixed(1)}% CTR` },
    { label: "Sales", value: countRange(sLo, sHi, "sales") },
    {
      label: "Revenue",
      value: `${formatMoney(Math.round(rLo), f.currency)}–${formatMoney(Math.round(rHi), f.currency)}`,
    },
  ];
}

export type Factors = {
  audienceOverlap: number;
  categoryMatch: number;
  performancePrediction: number;
  budgetFit: number;
};

export const FACTOR_LABEL: Record<keyof Factors, string> = {
  audienceOverlap: "Audience fit",
  categoryMatch: "Topic fit",
  performancePrediction: "Expected performance",
  budgetFit: "Value for budget",
};

const level = (x: number) => (x >= 75 ? "high" : x >= 50 ? "medium" : "low");

/** What each factor means for a creator reading a proposal. */
export function factorsForCreator(f: Factors): string[] {
  const say: Record<keyof Factors, Record<"high" | "medium" | "low", string>> = {
    audienceOverlap: {
      high: "Your viewers are very much the people this brand wants to reach.",
      medium: "Part of your audience is who this brand wants to reach.",
      low: "Your audience is mostly outside the brand's target, so expect a modest response.",
    },
    categoryMatch: {
      high: "The product fits what your channel is about.",
      medium: "The product is close to your usual topics.",
      low: "The product is outside your usual topics.",
    },
    performancePrediction: {
      high: "Your recent videos get more views and engagement than most channels your size.",
      medium: "Your recent videos perform about as well as channels your size.",
      low: "Your recent videos get fewer views or less engagement than channels your size.",
    },
    budgetFit: {
      high: "Your fee is good value for the views you bring.",
      medium: "Your fee is in line with the views you bring.",
      low: "Your fee is high for the views you bring, or uses much of the budget.",
    },
  };
  return (Object.keys(say) as (keyof Factors)[]).map(
    (k) => `${FACTOR_LABEL[k]} ${Math.round(f[k])}/100 (${level(f[k])}): ${say[k][level(f[k])]}`,
  );
}
