// /admin/ad-stats – ad-click analytics over the imported Avazu logs: CTR over time and
// by dimension, top sites and apps, under date and dimension filters. Numbers come
// from the rollups through the report CLI's own queries (lib/adstats/report/report.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CtrBreakdown } from "@/components/adstats/ctr-breakdown";
import { FiltersForm } from "@/components/adstats/filters-form";
import { TopTable } from "@/components/adstats/top-table";
import { Chart } from "@/components/charts/chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { getAdDashboard } from "@/lib/adstats/report/dashboard";
import { filtersFromParams } from "@/lib/adstats/schemas";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { dayFromKey, formatAxisDay } from "@/lib/i18n/format";
import { getFormat } from "@/lib/i18n/get-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adStats"))("metaTitle") };
}

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
  const t = await getTranslations("adStats");
  const { locale, formatInteger, formatPercent, formatDate } = await getFormat();
  const grain = hourly ? "hour" : "day";
  const day = (key: string | null) => (key ? formatDate(dayFromKey(key)) : "—");
  // An hour bucket "2014-10-21T05" reads "10월 21일 05시" / "21 Oct 05h".
  const bucket = (key: string) =>
    hourly
      ? t("hourBucket", {
          day: formatAxisDay(locale, dayFromKey(key.slice(0, 10))),
          hour: key.slice(11, 13),
        })
      : key;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        <Link
          href="/admin/ad-stats/upload"
          className="rounded-md bg-blue-600 px-3 py-2 text-sm font-medium text-white hover:bg-blue-700"
        >
          {t("importLog")}
        </Link>
      </PageHeader>

      {data.range.firstDay === null ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <>
          {!parsed.success ? (
            <p role="alert" className="mb-3 text-sm text-red-700">
              {t("badFilters", {
                fields: parsed.error.issues.map((i) => i.path.join(".")).join(", "),
              })}
            </p>
          ) : null}
          <FiltersForm filters={filters} data={data} />

          {data.totals.impressions === 0 ? (
            <div className="mt-4">
              <EmptyState title={t("noneInRangeTitle")}>
                {t("noneInRangeBody", { from: day(data.range.from), to: day(data.range.to) })}
              </EmptyState>
            </div>
          ) : (
            <>
              <div className="mt-4">
                <StatGrid label={t("totals")}>
                  <StatCard
                    label={t("impressions")}
                    value={formatInteger(data.totals.impressions)}
                    detail={`${day(data.range.from)} – ${day(data.range.to)}`}
                  />
                  <StatCard label={t("clicks")} value={formatInteger(data.totals.clicks)} />
                  <StatCard
                    label={t("ctr")}
                    value={formatPercent(data.totals.ctr, 2)}
                    definition={t("ctrDefinition")}
                  />
                </StatGrid>
              </div>

              <div className="mt-6 grid gap-4 lg:grid-cols-2">
                <Card title={t("ctrOver", { grain })} description={t("emptyBuckets")}>
                  <Chart
                    kind="line"
                    title={t("ctrOver", { grain })}
                    valueFormat="percent"
                    xFormat={hourly ? "category" : "day"}
                    data={data.series.map((r) => ({
                      x: bucket(r.key),
                      y: r.ctr,
                    }))}
                    series={[{ key: "y", label: t("ctr") }]}
                  />
                </Card>
                <Card title={t("impressionsOver", { grain })}>
                  <Chart
                    kind="bar"
                    title={t("impressionsOver", { grain })}
                    xFormat={hourly ? "category" : "day"}
                    data={data.series.map((r) => ({
                      x: bucket(r.key),
                      y: r.impressions,
                    }))}
                    series={[{ key: "y", label: t("impressions"), color: "#10b981" }]}
                  />
                </Card>
              </div>

              <div className="mt-4 grid gap-4 lg:grid-cols-3">
                <CtrBreakdown
                  title={t("byDeviceType")}
                  rows={data.deviceType}
                  valueKey="deviceTypeValue"
                />
                <CtrBreakdown
                  title={t("byBannerPos")}
                  rows={data.bannerPos}
                  valueKey="bannerPosValue"
                />
                <CtrBreakdown
                  title={t("byConnType")}
                  rows={data.connType}
                  valueKey="connTypeValue"
                />
              </div>
              <div className="mt-4 grid gap-4 lg:grid-cols-2">
                <CtrBreakdown title={t("bySiteCategory")} rows={data.siteCategory} />
                <CtrBreakdown title={t("byAppCategory")} rows={data.appCategory} />
              </div>
              <div className="mt-4 grid gap-4 lg:grid-cols-2">
                <TopTable title={t("topSites")} rows={data.sites} idLabel={t("siteId")} />
                <TopTable title={t("topApps")} rows={data.apps} idLabel={t("appId")} />
              </div>
            </>
          )}
        </>
      )}
    </>
  );
}
