// /dashboard – a brand manager's figures and campaigns, for their own brands only.
import type { Metadata } from "next";
import Link from "next/link";
import { Chart } from "@/components/charts/chart";
import { CampaignList } from "@/components/dashboard/campaign-list";
import { titleCase } from "@/components/dashboard/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/guards";
import { DEFINITIONS } from "@/lib/reporting/definitions";
import { formatInteger, formatMoney, formatMultiple, formatPercent } from "@/lib/reporting/format";
import { getBrandKpis } from "@/lib/reporting/get-brand-kpis";
import { getBrandMonthlyResults } from "@/lib/reporting/get-brand-monthly-results";
import { listBrandCampaigns } from "@/lib/reporting/list-brand-campaigns";
import { listBrands } from "@/lib/reporting/list-brands";
import { setCampaignStatus } from "./actions";

export const metadata: Metadata = { title: "Dashboard · Creator Match" };

const CAMPAIGN_LIMIT = 50;

export default async function DashboardPage() {
  const user = await requireUser(["BRAND_MANAGER"]);
  if (user.brandIds.length === 0) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <EmptyState title="You are not a member of any brand yet">
          Ask your brand&apos;s owner to add {user.email} to the brand, then reload this page.
        </EmptyState>
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
        title="Dashboard"
        description={`${brands.map((b) => b.name).join(", ")} · amounts in KRW`}
      >
        <Link
          href="/dashboard/campaigns/new"
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700"
        >
          New campaign
        </Link>
      </PageHeader>

      <StatGrid label="Key figures">
        <StatCard
          label="Active campaigns"
          value={formatInteger(kpis.activeCampaigns)}
          detail={`of ${formatInteger(totalCampaigns)} campaigns`}
          definition="Campaigns with status Active"
        />
        <StatCard
          label="Matches"
          value={formatInteger(kpis.totalMatches)}
          detail={`${formatInteger(inWorkflow)} in talks · ${formatInteger(won)} accepted or completed`}
          definition="Creators matched to your campaigns, in any state"
        />
        <StatCard label="Spend" value={formatMoney(kpis.spend)} definition={DEFINITIONS.spend} />
        <StatCard
          label="Revenue"
          value={formatMoney(kpis.measured.revenue)}
          detail={`from ${formatInteger(measured)} completed match${measured === 1 ? "" : "es"}`}
          definition={DEFINITIONS.revenue}
        />
        <StatCard
          label="ROI"
          value={formatPercent(kpis.roi)}
          tone={kpis.roi === null ? "default" : kpis.roi >= 0 ? "positive" : "negative"}
          detail={`cost ${formatMoney(kpis.measured.cost)}`}
          definition={`${DEFINITIONS.roi}, over completed matches`}
        />
        <StatCard
          label="ROAS"
          value={formatMultiple(kpis.roas)}
          definition={`${DEFINITIONS.roas}, over completed matches`}
        />
      </StatGrid>

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card
          title="Matches by status"
          description="Every match of your campaigns, by workflow state"
        >
          <Chart
            kind="bar"
            orientation="rows"
            showValues
            height={260}
            title="Matches by status"
            data={Object.entries(kpis.matchesByStatus).map(([status, n]) => ({
              x: titleCase(status),
              y: n,
            }))}
            series={[{ key: "y", label: "Matches" }]}
          />
        </Card>
        <Card
          title="Revenue and cost per month"
          description="Completed matches, by the month their results were measured (Korea time), last 12 months"
        >
          <Chart
            kind="bar"
            title="Revenue and cost per month"
            data={monthly}
            xFormat="month"
            valueFormat="krw"
            series={[
              { key: "revenue", label: "Revenue" },
              { key: "cost", label: "Cost" },
            ]}
          />
        </Card>
      </div>

      <Card
        id="campaigns"
        className="mt-6 scroll-mt-20"
        title="Campaigns"
        description={
          campaigns.total > campaigns.rows.length
            ? `Newest first · showing ${campaigns.rows.length} of ${formatInteger(campaigns.total)}`
            : `Newest first · ${formatInteger(campaigns.total)} campaign${campaigns.total === 1 ? "" : "s"}`
        }
      >
        <CampaignList
          rows={campaigns.rows}
          showBrand={brands.length > 1}
          setStatus={setCampaignStatus}
        />
      </Card>
    </>
  );
}
