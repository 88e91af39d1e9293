// Tracked results across campaigns, from the rollups: the brand dashboard's overview
// (with links to each campaign's report) and the admin's platform totals (with daily
// matches and failed video syncs).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Chart } from "@/components/charts/chart";
import { Card } from "@/components/ui/card";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { useFormat } from "@/lib/i18n/use-format";
import type { TrackedCampaign, TrackedFigures } from "@/lib/reporting/get-tracked-results";

// The chart and the list show the campaigns with the most revenue; a brand with hundreds
// of tracked campaigns finds the rest in its campaign list.
const SHOWN_CAMPAIGNS = 12;

export function TrackedOverview({
  totals,
  campaigns,
  linkReports,
  platform,
}: {
  totals: TrackedFigures;
  campaigns: TrackedCampaign[];
  /** Brand managers open each campaign's report from here. */
  linkReports: boolean;
  platform?: { dailyMatches: Array<{ x: string; matches: number }>; failedSyncs: number };
}) {
  const t = useTranslations("report");
  const td = useTranslations("definitions");
  const { formatInteger, formatMoney, formatMultiple, formatPercent } = useFormat();
  const tone = (r: number | null) => (r === null ? "default" : r >= 0 ? "positive" : "negative");
  return (
    <Card
      className="mt-6"
      title={t("overview.title")}
      description={`${t("overview.description")} ${t("definitions.cost")}.`}
    >
      <StatGrid label={t("overview.title")}>
        <StatCard label={t("clicks")} value={formatInteger(totals.clicks)} />
        <StatCard
          label={t("conversions")}
          value={formatInteger(totals.orders)}
          detail={t("refunded", { count: formatInteger(totals.refunds) })}
        />
        <StatCard label={t("revenue")} value={formatMoney(totals.revenue)} />
        <StatCard label={t("cost")} value={formatMoney(totals.cost)} />
        <StatCard
          label={t("roi")}
          value={formatPercent(totals.roi)}
          tone={tone(totals.roi)}
          definition={td("roi")}
        />
        <StatCard label={t("roas")} value={formatMultiple(totals.roas)} definition={td("roas")} />
        {platform ? (
          <StatCard
            label={t("overview.failedSyncs")}
            value={formatInteger(platform.failedSyncs)}
            tone={platform.failedSyncs > 0 ? "negative" : "default"}
            definition={t("overview.failedSyncsDefinition")}
          />
        ) : null}
      </StatGrid>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {campaigns.length > 0 ? (
          <Chart
            kind="bar"
            orientation="rows"
            title={t("overview.byCampaign")}
            showTitle
            valueFormat="krw"
            height={Math.max(160, Math.min(campaigns.length, SHOWN_CAMPAIGNS) * 48)}
            data={campaigns.slice(0, SHOWN_CAMPAIGNS).map((c) => ({
              x: c.title,
              revenue: c.revenue,
              cost: c.cost,
            }))}
            series={[
              { key: "revenue", label: t("revenue") },
              { key: "cost", label: t("cost") },
            ]}
          />
        ) : null}
        {platform ? (
          <Chart
            kind="bar"
            title={t("overview.dailyMatches")}
            showTitle
            xFormat="day"
            data={platform.dailyMatches}
            series={[{ key: "matches", label: t("overview.matches") }]}
          />
        ) : null}
        {linkReports && campaigns.length > 0 ? (
          <ul className="divide-y divide-slate-100 text-sm">
            {campaigns.slice(0, SHOWN_CAMPAIGNS).map((c) => (
              <li key={c.campaignId} className="flex justify-between gap-2 py-1.5">
                <Link
                  href={`/dashboard/campaigns/${c.campaignId}/report`}
                  className="min-w-0 truncate font-medium text-blue-700 hover:underline"
                >
                  {c.title}
                </Link>
                <span className="shrink-0 tabular-nums text-slate-600">
                  {formatMultiple(c.roas)} · {formatMoney(c.revenue)}
                </span>
              </li>
            ))}
            {campaigns.length > SHOWN_CAMPAIGNS ? (
              <li className="py-1.5">
                <Link href="/dashboard/campaigns" className="text-blue-700 hover:underline">
                  {t("overview.moreCampaigns", { count: campaigns.length - SHOWN_CAMPAIGNS })}
                </Link>
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
