"use client";
// "The last hours": clicks, orders and revenue per minute, 5 minutes, hour or day,
// fetched from the series endpoint (zero-filled on the server) and refreshed every
// minute while the page is open.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Chart } from "@/components/charts/chart";
import { fetchJson } from "@/components/workflow/fetch-json";
import type { CampaignSeries } from "@/lib/reporting/campaign/get-campaign-series";
import { reportKeys } from "./keys";

const GRAINS = ["minute", "5min", "hour", "day"] as const;
type Grain = (typeof GRAINS)[number];

export function RecentActivity({ campaignId }: { campaignId: string }) {
  const t = useTranslations("report");
  const [grain, setGrain] = useState<Grain>("hour");
  const { data, error, isPending } = useQuery({
    queryKey: reportKeys.series(campaignId, grain),
    queryFn: () =>
      fetchJson<CampaignSeries>(`/api/v1/campaigns/${campaignId}/report/series?grain=${grain}`),
    refetchInterval: 60_000,
    placeholderData: (prev) => prev,
  });
  const label = t(`grain.${grain}`);
  return (
    <div>
      <div role="group" aria-label={t("bucketSize")} className="mb-3 flex flex-wrap gap-1">
        {GRAINS.map((g) => (
          <button
            key={g}
            type="button"
            aria-pressed={g === grain}
            onClick={() => setGrain(g)}
            className={`rounded-md border px-2.5 py-1 text-xs font-medium ${
              g === grain
                ? "border-blue-600 bg-blue-600 text-white"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
            }`}
          >
            {t(`grain.${g}`)}
          </button>
        ))}
        <span className="self-center pl-1 text-xs text-slate-500">{t(`span.${grain}`)}</span>
      </div>
      {error ? (
        <p className="text-sm text-red-700">{t("loadError", { message: error.message })}</p>
      ) : isPending || !data ? (
        <p className="text-sm text-slate-500">{t("loading")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <Chart
            kind="line"
            title={t("clicksOrdersPer", { grain: label })}
            data={data.points}
            xFormat={grain === "day" ? "day" : "time"}
            series={[
              { key: "clicks", label: t("clicks") },
              { key: "orders", label: t("orders") },
            ]}
          />
          <Chart
            kind="bar"
            title={t("revenuePer", { grain: label })}
            data={data.points}
            xFormat={grain === "day" ? "day" : "time"}
            valueFormat="krw"
            series={[{ key: "revenue", label: t("netRevenue") }]}
          />
        </div>
      )}
    </div>
  );
}
