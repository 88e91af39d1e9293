// /dashboard/campaigns/:id/report – what a campaign brought: KPI cards, charts over
// time, per creator, and forecast against actual. Reads rollups only.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
import { DEFINITIONS } from "@/lib/reporting/definitions";
import {
  formatDate,
  formatInteger,
  formatMoney,
  formatMultiple,
  formatPercent,
} from "@/lib/reporting/format";

export const metadata: Metadata = { title: "Campaign report · Creator Match" };

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50";
const csvClass = "text-xs font-medium text-blue-700 hover:underline";

export default async function CampaignReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const report = await getCampaignReport(scopedBrandIds(user), id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  const { campaign, totals: t, creators, forecast, daily } = report;
  const money = (n: number | null) => formatMoney(n, campaign.currency);
  const csv = (table: string) => `/api/v1/campaigns/${campaign.id}/report/export?table=${table}`;
  const tone = (r: number | null) => (r === null ? "default" : r >= 0 ? "positive" : "negative");

  return (
    <>
      <PageHeader
        title={campaign.title}
        description={`Report · ${formatDate(campaign.startsAt)} – ${formatDate(campaign.endsAt)} · ${campaign.status.toLowerCase()} · amounts in ${campaign.currency}`}
      >
        <Link href={`/dashboard/campaigns/${campaign.id}`} className={linkClass}>
          Find creators
        </Link>
      </PageHeader>

      {creators.length === 0 ? (
        <EmptyState title="Nothing to report yet">
          Figures appear once a creator has accepted a proposal and their tracking link, orders or
          sponsored video come in.
        </EmptyState>
      ) : null}

      <StatGrid label="Campaign figures">
        <StatCard label="Views" value={formatInteger(t.views)} definition={DEFINITIONS.views} />
        <StatCard label="Clicks" value={formatInteger(t.clicks)} definition={DEFINITIONS.clicks} />
        <StatCard label="CTR" value={formatPercent(t.ctr, 2)} definition={DEFINITIONS.ctr} />
        <StatCard
          label="Conversions"
          value={formatInteger(t.orders)}
          detail={`${formatInteger(t.refunds)} refunded`}
          definition={DEFINITIONS.conversions}
        />
        <StatCard
          label="Revenue"
          value={money(t.revenue)}
          definition={DEFINITIONS.attributedRevenue}
        />
        <StatCard label="Cost" value={money(t.cost)} definition={DEFINITIONS.cost} />
        <StatCard
          label="ROI"
          value={formatPercent(t.roi)}
          tone={tone(t.roi)}
          definition={DEFINITIONS.roi}
        />
        <StatCard label="ROAS" value={formatMultiple(t.roas)} definition={DEFINITIONS.roas} />
        <StatCard label="CPM" value={money(t.cpm)} definition={DEFINITIONS.cpm} />
        <StatCard label="CPV" value={money(t.cpv)} definition={DEFINITIONS.cpv} />
        <StatCard label="CPA" value={money(t.cpa)} definition={DEFINITIONS.cpa} />
        <StatCard
          label="Engagement rate"
          value={formatPercent(t.engagementRate, 2)}
          detail={`${formatInteger(t.likes)} likes · ${formatInteger(t.comments)} comments`}
          definition={DEFINITIONS.videoEngagement}
        />
      </StatGrid>

      <Card
        className="mt-6"
        title="Per day"
        description="Korea days of the campaign; views are the daily growth of the sponsored videos"
        action={
          <a href={`${csv("series")}&grain=day`} className={csvClass}>
            CSV
          </a>
        }
      >
        <div className="grid gap-4 lg:grid-cols-2">
          <Chart
            kind="bar"
            title="Views per day"
            data={daily.points}
            xFormat="day"
            series={[{ key: "views", label: "Views" }]}
          />
          <Chart
            kind="bar"
            title="Clicks and orders per day"
            data={daily.points}
            xFormat="day"
            series={[
              { key: "clicks", label: "Clicks" },
              { key: "orders", label: "Orders" },
            ]}
          />
          <Chart
            kind="bar"
            title="Revenue per day"
            data={daily.points}
            xFormat="day"
            valueFormat="krw"
            series={[{ key: "revenue", label: "Net revenue" }]}
          />
          <Chart
            kind="line"
            title="CTR per day"
            data={daily.points}
            xFormat="day"
            valueFormat="percent"
            series={[{ key: "ctr", label: "CTR" }]}
          />
        </div>
      </Card>

      <Card
        className="mt-6"
        title="The last hours"
        description="Clicks, orders and net revenue in 1-minute, 5-minute, hourly or daily buckets"
      >
        <RecentActivity campaignId={campaign.id} />
      </Card>

      <Card
        className="mt-6"
        title="Per creator"
        description={`${DEFINITIONS.cost}. ${DEFINITIONS.impressions}.`}
        action={
          <a href={csv("creators")} className={csvClass}>
            CSV
          </a>
        }
      >
        <CreatorTable rows={creators} currency={campaign.currency} />
      </Card>

      <Card
        className="mt-6"
        title="Forecast against actual"
        description={DEFINITIONS.forecastError}
        action={
          <a href={csv("forecast")} className={csvClass}>
            CSV
          </a>
        }
      >
        <dl className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Forecast error">
          <div>
            <dt className="inline text-slate-600">Within range: </dt>
            <dd className="inline font-semibold tabular-nums">
              {formatPercent(forecast.withinRangeRate, 0)}
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-600">MAPE: </dt>
            <dd className="inline font-semibold tabular-nums">{formatPercent(forecast.mape)}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600">Measured creators: </dt>
            <dd className="inline font-semibold tabular-nums">
              {formatInteger(forecast.measured)} of {formatInteger(forecast.rows.length)}
            </dd>
          </div>
        </dl>
        <Chart
          kind="bar"
          orientation="rows"
          title="Predicted range and actual views per creator"
          height={Math.max(160, forecast.rows.length * 56)}
          data={forecast.rows.map((r) => ({
            x: r.creatorName,
            min: r.predictedMin,
            max: r.predictedMax,
            actual: r.actual ?? 0,
          }))}
          series={[
            { key: "min", label: "Predicted min" },
            { key: "max", label: "Predicted max" },
            { key: "actual", label: "Actual" },
          ]}
        />
        <div className="mt-3">
          <ForecastTable rows={forecast.rows} />
        </div>
      </Card>
    </>
  );
}
