"use client";
// "The last hours": clicks, orders and revenue per minute, 5 minutes, hour or day,
// fetched from the series endpoint (zero-filled on the server) and refreshed every
// minute while the page is open.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Chart } from "@/components/charts/chart";
import { fetchJson } from "@/components/workflow/fetch-json";
import type { CampaignSeries } from "@/lib/reporting/campaign/get-campaign-series";
import { reportKeys } from "./keys";

const GRAINS = [
  { grain: "minute", label: "1 min", span: "last 3 hours" },
  { grain: "5min", label: "5 min", span: "last 12 hours" },
  { grain: "hour", label: "Hour", span: "last 72 hours" },
  { grain: "day", label: "Day", span: "campaign days" },
] as const;
type Grain = (typeof GRAINS)[number]["grain"];

export function RecentActivity({ campaignId }: { campaignId: string }) {
  const [grain, setGrain] = useState<Grain>("hour");
  const { data, error, isPending } = useQuery({
    queryKey: reportKeys.series(campaignId, grain),
    queryFn: () =>
      fetchJson<CampaignSeries>(`/api/v1/campaigns/${campaignId}/report/series?grain=${grain}`),
    refetchInterval: 60_000,
    placeholderData: (prev) => prev,
  });
  const current = GRAINS.find((g) => g.grain === grain)!;
  return (
    <div>
      <div role="group" aria-label="Bucket size" className="mb-3 flex flex-wrap gap-1">
        {GRAINS.map((g) => (
          <button
            key={g.grain}
            type="button"
            aria-pressed={g.grain === grain}
            onClick={() => setGrain(g.grain)}
            className={`rounded-md border px-2.5 py-1 text-xs font-medium ${
              g.grain === grain
                ? "border-blue-600 bg-blue-600 text-white"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
            }`}
          >
            {g.label}
          </button>
        ))}
        <span className="self-center pl-1 text-xs text-slate-500">{current.span}, Korea time</span>
      </div>
      {error ? (
        <p className="text-sm text-red-700">Could not load the chart: {error.message}</p>
      ) : isPending || !data ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <Chart
            kind="line"
            title={`Clicks and orders per ${current.label.toLowerCase()}`}
            data={data.points}
            xFormat={grain === "day" ? "day" : "time"}
            series={[
              { key: "clicks", label: "Clicks" },
              { key: "orders", label: "Orders" },
            ]}
          />
          <Chart
            kind="bar"
            title={`Revenue per ${current.label.toLowerCase()}`}
            data={data.points}
            xFormat={grain === "day" ? "day" : "time"}
            valueFormat="krw"
            series={[{ key: "revenue", label: "Net revenue" }]}
          />
        </div>
      )}
    </div>
  );
}
