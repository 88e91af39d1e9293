// Results entered at completion that are likely a typo: they are stored as the match's
// outcome, shown in reports and taught to the forecast model, so the form asks once
// before it sends them. Warnings, not refusals: a link shared elsewhere can bring more
// clicks than the video had views, and a video can go viral.
import type { Forecast } from "../matching/engine/types.ts";
import type { Actuals } from "./schemas.ts";

export type ResultWarning =
  | { code: "clicksAboveViews"; clicks: number; views: number }
  | { code: "farAboveForecast"; views: number; forecastMax: number }
  | { code: "revenueWithoutSales"; revenue: number };

/** How many times the forecast's upper bound makes views "far above" it. */
export const FAR_ABOVE = 10;

export function resultWarnings(a: Actuals, forecast: Forecast | null): ResultWarning[] {
  const out: ResultWarning[] = [];
  if (a.views > 0 && a.clicks > a.views)
    out.push({ code: "clicksAboveViews", clicks: a.clicks, views: a.views });
  const max = forecast?.views.max ?? 0;
  if (max > 0 && a.views > FAR_ABOVE * max)
    out.push({ code: "farAboveForecast", views: a.views, forecastMax: max });
  if (a.sales === 0 && a.revenue > 0) out.push({ code: "revenueWithoutSales", revenue: a.revenue });
  return out;
}
