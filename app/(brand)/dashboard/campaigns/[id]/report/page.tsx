// /dashboard/campaigns/:id/report – what a campaign brought: KPI cards, charts over
// time, per creator, and forecast against actual. Reads rollups only.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Chart } from "@/components/charts/chart";
import { RecentActivity } from "@/components/reports/recent-activity";
import { CreatorTable, ForecastTable } from "@/components/reports/report-tables";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/guards";
import { scopedBrandIds } from "@/lib/campaigns/campaign-scope";
import { AppError } from "@/lib/errors";
import { getCampaignReport } from "@/lib/reporting/campaign/get-campaign-report";
import { getFormat } from "@/lib/i18n/get-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("metaTitle") };
}

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50";
const csvClass = "text-xs font-medium text-blue-700 hover:underline";

export default async function CampaignReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const t = await getTranslations("report");
  const td = await getTranslations("definitions");
  const te = await getTranslations("enums");
  const tt = await getTranslations("moneyTerms");
  const { formatDate, formatInteger, formatMoney, formatMultiple, formatPercent } =
    await getFormat();
  const report = await getCampaignReport(scopedBrandIds(user), id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  const { campaign, totals: k, creators, forecast, daily } = report;
  const money = (n: number | null) => formatMoney(n, campaign.currency);
  const csv = (table: string) => `/api/v1/campaigns/${campaign.id}/report/export?table=${table}`;
  const tone = (r: number | null) => (r === null ? "default" : r >= 0 ? "positive" : "negative");

  return (
    <>
      <PageHeader
        title={campaign.title}
        description={t("description", {
          from: formatDate(campaign.startsAt),
          to: formatDate(campaign.endsAt),
          status: te(`campaignStatus.${campaign.status}`),
          currency: campaign.currency,
        })}
      >
        <Link href={`/dashboard/campaigns/${campaign.id}`} className={linkClass}>
          {t("findCreators")}
        </Link>
      </PageHeader>

      {creators.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
      ) : null}

      <StatGrid label={t("figures")}>
        <StatCard
          label={t("views")}
          value={formatInteger(k.views)}
          definition={t("definitions.views")}
        />
        <StatCard
          label={t("clicks")}
          value={formatInteger(k.clicks)}
          definition={t("definitions.clicks")}
        />
        <StatCard
          label={t("ctr")}
          value={formatPercent(k.ctr, 2)}
          definition={t("definitions.ctr")}
        />
        <StatCard
          label={t("conversions")}
          value={formatInteger(k.orders)}
          detail={t("refunded", { count: formatInteger(k.refunds) })}
          definition={t("definitions.conversions")}
        />
        <StatCard
          label={t("revenue")}
          value={money(k.revenue)}
          definition={t("definitions.revenue")}
        />
        <StatCard label={t("cost")} value={money(k.cost)} definition={t("definitions.cost")} />
        <StatCard
          label={t("roi")}
          value={formatPercent(k.roi)}
          tone={tone(k.roi)}
          definition={td("roi")}
        />
        <StatCard label={t("roas")} value={formatMultiple(k.roas)} definition={td("roas")} />
        <StatCard label={t("cpm")} value={money(k.cpm)} definition={t("definitions.cpm")} />
        <StatCard label={t("cpv")} value={money(k.cpv)} definition={t("definitions.cpv")} />
        <StatCard label={t("cpa")} value={money(k.cpa)} definition={t("definitions.cpa")} />
        <StatCard
          label={t("engagementRate")}
          value={formatPercent(k.engagementRate, 2)}
          detail={t("likesComments", {
            likes: formatInteger(k.likes),
            comments: formatInteger(k.comments),
            likesN: k.likes,
            commentsN: k.comments,
          })}
          definition={t("definitions.engagement")}
        />
      </StatGrid>

      <Card
        className="mt-6"
        title={t("perDay")}
        description={t("perDayDescription")}
        action={
          <a href={`${csv("series")}&grain=day`} className={csvClass}>
            {t("csv")}
          </a>
        }
      >
        {daily.clamped ? (
          <p className="mb-3 rounded-md bg-amber-50 p-2 text-xs text-amber-800" role="note">
            {tt("report.clamped", { from: formatDate(daily.from) })}
          </p>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-2">
          <Chart
            kind="bar"
            title={t("viewsPerDay")}
            showTitle
            data={daily.points}
            xFormat="day"
            series={[{ key: "views", label: t("views") }]}
          />
          <Chart
            kind="bar"
            title={t("clicksOrdersPerDay")}
            showTitle
            data={daily.points}
            xFormat="day"
            series={[
              { key: "clicks", label: t("clicks") },
              { key: "orders", label: t("orders") },
            ]}
          />
          <Chart
            kind="bar"
            title={t("revenuePerDay")}
            showTitle
            data={daily.points}
            xFormat="day"
            valueFormat="krw"
            series={[{ key: "revenue", label: t("netRevenue") }]}
          />
          <Chart
            kind="line"
            title={t("ctrPerDay")}
            showTitle
            data={daily.points}
            xFormat="day"
            valueFormat="percent"
            series={[{ key: "ctr", label: t("ctr") }]}
          />
        </div>
      </Card>

      <Card className="mt-6" title={t("lastHours")} description={t("lastHoursDescription")}>
        <RecentActivity campaignId={campaign.id} />
      </Card>

      <Card
        className="mt-6"
        title={t("perCreator")}
        description={`${t("definitions.cost")}. ${t("definitions.impressions")}.`}
        action={
          <a href={csv("creators")} className={csvClass}>
            {t("csv")}
          </a>
        }
      >
        <CreatorTable rows={creators} currency={campaign.currency} />
      </Card>

      <Card
        className="mt-6"
        title={t("forecast")}
        description={t("definitions.forecastError")}
        action={
          <a href={csv("forecast")} className={csvClass}>
            {t("csv")}
          </a>
        }
      >
        <dl className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label={t("forecast")}>
          <div>
            <dt className="inline text-slate-600">{t("withinRange")}: </dt>
            <dd className="inline font-semibold tabular-nums">
              {formatPercent(forecast.withinRangeRate, 0)}
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-600">{t("mape")}: </dt>
            <dd className="inline font-semibold tabular-nums">{formatPercent(forecast.mape)}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600">{t("measuredCreators")}: </dt>
            <dd className="inline font-semibold tabular-nums">
              {t("measuredOf", {
                measured: formatInteger(forecast.measured),
                total: formatInteger(forecast.rows.length),
              })}
            </dd>
          </div>
        </dl>
        <Chart
          kind="bar"
          orientation="rows"
          title={t("forecastChart")}
          height={Math.max(160, forecast.rows.length * 56)}
          data={forecast.rows.map((r) => ({
            x: r.creatorName,
            min: r.predictedMin,
            max: r.predictedMax,
            actual: r.actual ?? 0,
          }))}
          series={[
            { key: "min", label: t("predictedMin") },
            { key: "max", label: t("predictedMax") },
            { key: "actual", label: t("actual") },
          ]}
        />
        <div className="mt-3">
          <ForecastTable rows={forecast.rows} />
        </div>
      </Card>
    </>
  );
}
