// /dashboard – a brand manager's figures and campaigns, for their own brands only.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Chart } from "@/components/charts/chart";
import { CampaignList } from "@/components/dashboard/campaign-list";
import { NewCampaignLink } from "@/components/dashboard/new-campaign-link";
import { TrackedOverview } from "@/components/reports/tracked-overview";

import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/guards";
import { getFormat } from "@/lib/i18n/get-format";
import { getBrandKpis } from "@/lib/reporting/get-brand-kpis";
import { getBrandMonthlyResults } from "@/lib/reporting/get-brand-monthly-results";
import { listBrandCampaigns } from "@/lib/reporting/list-brand-campaigns";
import { listBrands } from "@/lib/reporting/list-brands";
import { setCampaignStatus } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("metaTitle") };
}

// the newest few; /dashboard/campaigns pages through all of them
const CAMPAIGN_LIMIT = 10;

export default async function DashboardPage() {
  const user = await requireUser(["BRAND_MANAGER"]);
  const t = await getTranslations("dashboard");
  const td = await getTranslations("definitions");
  const tStatus = await getTranslations("enums.matchStatus");
  const { formatInteger, formatMoney, formatMultiple, formatPercent } = await getFormat();
  if (user.brandIds.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("noBrandTitle")}>{t("noBrandText", { email: user.email })}</EmptyState>
      </>
    );
  }

  const [brands, kpis, monthly, campaigns] = await Promise.all([
    listBrands(user.brandIds),
    getBrandKpis(user.brandIds),
    getBrandMonthlyResults(user.brandIds, { months: 12 }),
    listBrandCampaigns(user.brandIds, { limit: CAMPAIGN_LIMIT }),
  ]);
  const totalCampaigns = Object.values(kpis.campaignsByStatus).reduce((a, b) => a + b, 0);
  const inWorkflow =
    kpis.matchesByStatus.CONTACTED +
    kpis.matchesByStatus.RESPONDED +
    kpis.matchesByStatus.NEGOTIATING;
  const won = kpis.matchesByStatus.ACCEPTED + kpis.matchesByStatus.COMPLETED;
  const measured = kpis.measured.matches;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { brands: brands.map((b) => b.name).join(", ") })}
      >
        <NewCampaignLink />
      </PageHeader>

      <StatGrid label={t("keyFigures")}>
        <StatCard
          label={t("activeCampaigns")}
          value={formatInteger(kpis.activeCampaigns)}
          detail={t("ofCampaigns", { count: formatInteger(totalCampaigns) })}
          definition={t("activeDefinition")}
        />
        <StatCard
          label={t("matches")}
          value={formatInteger(kpis.totalMatches)}
          detail={t("matchesDetail", { talks: formatInteger(inWorkflow), won: formatInteger(won) })}
          definition={t("matchesDefinition")}
        />
        <StatCard label={t("spend")} value={formatMoney(kpis.spend)} definition={td("spend")} />
        <StatCard
          label={t("revenue")}
          value={formatMoney(kpis.measured.revenue)}
          detail={t("revenueDetail", { count: measured })}
          definition={td("revenue")}
        />
        <StatCard
          label="ROI"
          value={formatPercent(kpis.roi)}
          tone={kpis.roi === null ? "default" : kpis.roi >= 0 ? "positive" : "negative"}
          detail={t("roiDetail", { cost: formatMoney(kpis.measured.cost) })}
          definition={td("overCompleted", { definition: td("roi") })}
        />
        <StatCard
          label="ROAS"
          value={formatMultiple(kpis.roas)}
          definition={td("overCompleted", { definition: td("roas") })}
        />
      </StatGrid>

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card title={t("matchesByStatus")} description={t("matchesByStatusText")}>
          <Chart
            kind="bar"
            orientation="rows"
            showValues
            height={260}
            title={t("matchesByStatus")}
            data={Object.entries(kpis.matchesByStatus).map(([status, n]) => ({
              x: tStatus(status),
              y: n,
            }))}
            series={[{ key: "y", label: t("matches") }]}
          />
        </Card>
        <Card title={t("revenueCost")} description={t("revenueCostText")}>
          <Chart
            kind="bar"
            title={t("revenueCost")}
            data={monthly}
            xFormat="month"
            valueFormat="krw"
            series={[
              { key: "revenue", label: t("revenue") },
              { key: "cost", label: t("cost") },
            ]}
          />
        </Card>
      </div>

      <TrackedOverview {...kpis.tracked} linkReports />

      <Card
        id="campaigns"
        className="mt-6 scroll-mt-20"
        title={t("newestTen")}
        description={
          campaigns.total > campaigns.rows.length
            ? t("newestShowing", {
                shown: campaigns.rows.length,
                total: formatInteger(campaigns.total),
              })
            : t("newestCount", { count: campaigns.total })
        }
      >
        <CampaignList
          rows={campaigns.rows}
          showBrand={brands.length > 1}
          setStatus={setCampaignStatus}
        />
        {campaigns.total > 0 && (
          <p className="mt-3 text-sm">
            <Link href="/dashboard/campaigns" className="text-blue-700 hover:underline">
              {t("allCampaigns", { count: campaigns.total })} →
            </Link>
          </p>
        )}
      </Card>
    </>
  );
}
