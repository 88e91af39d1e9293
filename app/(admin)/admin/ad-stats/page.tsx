// /admin/ad-stats – ad-click analytics over the imported Avazu logs: CTR over time and
// by dimension, top sites and apps, under date and dimension filters. Numbers come
// from the rollups through the report CLI's own queries (lib/adstats/report.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { CtrBreakdown } from "@/components/adstats/ctr-breakdown";
import { FiltersForm } from "@/components/adstats/filters-form";
import { TopTable } from "@/components/adstats/top-table";
import { Chart } from "@/components/charts/chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { getAdDashboard } from "@/lib/adstats/dashboard";
import { filtersFromParams } from "@/lib/adstats/schemas";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { formatInteger, formatPercent } from "@/lib/reporting/format";

export const metadata: Metadata = { title: "Ad stats · Creator Match" };

export default async function AdStatsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser(["ADMIN"]);
  const parsed = filtersFromParams(await searchParams);
  const filters = parsed.success ? parsed.data : {};
  const data = await getAdDashboard(pool, filters);
  const hourly = data.grain === "hour";

  return (
    <>
      <PageHeader
        title="Ad stats"
        description="Click-through rates of the imported ad-network logs (Avazu format), times in UTC"
      >
        <Link
          href="/admin/ad-stats/upload"
          className="rounded-md bg-blue-600 px-3 py-2 text-sm font-medium text-white hover:bg-blue-700"
        >
          Import a log
        </Link>
      </PageHeader>

      {data.range.firstDay === null ? (
        <EmptyState title="No ad logs imported yet">
          Import an Avazu-format CSV to see its click-through rates here.
        </EmptyState>
      ) : (
        <>
          {!parsed.success ? (
            <p role="alert" className="mb-3 text-sm text-red-700">
              Some filters were not understood and are ignored:{" "}
              {parsed.error.issues.map((i) => i.path.join(".")).join(", ")}
            </p>
          ) : null}
          <FiltersForm filters={filters} data={data} />

          <div className="mt-4">
            <StatGrid label="Totals under the filters">
              <StatCard
                label="Impressions"
                value={formatInteger(data.totals.impressions)}
                detail={`${data.range.from} – ${data.range.to}`}
              />
              <StatCard label="Clicks" value={formatInteger(data.totals.clicks)} />
              <StatCard
                label="CTR"
                value={formatPercent(data.totals.ctr, 2)}
                definition="clicks / impressions"
              />
            </StatGrid>
          </div>

          <div className="mt-6 grid gap-4 lg:grid-cols-2">
            <Card title={`CTR by ${hourly ? "hour" : "day"}`} description="Empty buckets show as 0">
              <Chart
                kind="line"
                title={`CTR by ${hourly ? "hour" : "day"}`}
                valueFormat="percent"
                xFormat={hourly ? "category" : "day"}
                data={data.series.map((r) => ({
                  x: hourly ? `${r.key.slice(5, 10)} ${r.key.slice(11, 13)}h` : r.key,
                  y: r.ctr,
                }))}
                series={[{ key: "y", label: "CTR" }]}
              />
            </Card>
            <Card title={`Impressions by ${hourly ? "hour" : "day"}`}>
              <Chart
                kind="bar"
                title={`Impressions by ${hourly ? "hour" : "day"}`}
                xFormat={hourly ? "category" : "day"}
                data={data.series.map((r) => ({
                  x: hourly ? `${r.key.slice(5, 10)} ${r.key.slice(11, 13)}h` : r.key,
                  y: r.impressions,
                }))}
                series={[{ key: "y", label: "Impressions", color: "#10b981" }]}
              />
            </Card>
          </div>

          <div className="mt-4 grid gap-4 lg:grid-cols-3">
            <CtrBreakdown title="CTR by device type" rows={data.deviceType} prefix="type " />
            <CtrBreakdown title="CTR by banner position" rows={data.bannerPos} prefix="pos " />
            <CtrBreakdown title="CTR by connection type" rows={data.connType} prefix="conn " />
          </div>
          <div className="mt-4 grid gap-4 lg:grid-cols-2">
            <CtrBreakdown title="CTR by site category" rows={data.siteCategory} />
            <CtrBreakdown title="CTR by app category" rows={data.appCategory} />
          </div>
          <div className="mt-4 grid gap-4 lg:grid-cols-2">
            <TopTable title="Top sites" rows={data.sites} what="Site" />
            <TopTable title="Top apps" rows={data.apps} what="App" />
          </div>
        </>
      )}
    </>
  );
}
