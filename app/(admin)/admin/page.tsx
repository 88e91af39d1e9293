// /admin – platform KPIs and the match review queue.
import type { Metadata } from "next";
import { Chart } from "@/components/charts/chart";
import { ReviewQueue } from "@/components/dashboard/review-queue";
import { TrackedOverview } from "@/components/reports/tracked-overview";
import { titleCase } from "@/components/dashboard/status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { listReviewQueue } from "@/lib/admin/list-review-queue";
import { requireUser } from "@/lib/auth/guards";
import { DEFINITIONS, TIER_LABEL } from "@/lib/reporting/definitions";
import { formatInteger, formatMoney, formatMultiple, formatPercent } from "@/lib/reporting/format";
import { getPlatformKpis } from "@/lib/reporting/get-platform-kpis";
import { getTrackedResults } from "@/lib/reporting/get-tracked-results";

export const metadata: Metadata = { title: "Admin overview · Creator Match" };

const QUEUE_PAGE = 10;

export default async function AdminOverviewPage() {
  await requireUser(["ADMIN"]);
  const [kpis, queue, tracked] = await Promise.all([
    getPlatformKpis(),
    listReviewQueue({ limit: QUEUE_PAGE }),
    getTrackedResults(null),
  ]);
  const totalCampaigns = Object.values(kpis.campaignsByStatus).reduce((a, b) => a + b, 0);
  const totalMatches = Object.values(kpis.matchesByStatus).reduce((a, b) => a + b, 0);

  return (
    <>
      <PageHeader title="Admin overview" description="The whole platform · amounts in KRW" />

      <StatGrid label="Platform figures">
        <StatCard
          label="Brands"
          value={formatInteger(kpis.brands.total)}
          detail={`${formatInteger(kpis.brands.localStores)} of them local stores`}
        />
        <StatCard
          label="Creators"
          value={formatInteger(kpis.creators.total)}
          detail={`${formatInteger(kpis.creators.withoutChannel)} without a channel yet`}
        />
        <StatCard
          label="Campaigns"
          value={formatInteger(totalCampaigns)}
          detail={`${formatInteger(kpis.campaignsByStatus.ACTIVE)} active`}
        />
        <StatCard
          label="Matches"
          value={formatInteger(totalMatches)}
          detail={`${formatInteger(kpis.pendingReview)} waiting for review`}
        />
        <StatCard
          label="Completed revenue"
          value={formatMoney(kpis.completed.revenue)}
          detail={`cost ${formatMoney(kpis.completed.cost)} · ${formatInteger(kpis.completed.matches)} completed matches`}
          definition="Measured outcomes of completed matches"
        />
        <StatCard
          label="ROAS"
          value={formatMultiple(kpis.completed.roas)}
          detail={`ROI ${formatPercent(kpis.completed.roi)}`}
          definition={`${DEFINITIONS.roas}; ${DEFINITIONS.roi}; completed matches`}
        />
      </StatGrid>

      <TrackedOverview {...tracked} linkReports={false} platform={kpis} />

      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <Card
          title="Creators by tier"
          description={`${DEFINITIONS.tier}. A creator counts once, by their largest channel.`}
        >
          <Chart
            kind="bar"
            title="Creators by tier"
            data={Object.entries(kpis.creators.byTier).map(([tier, n]) => ({
              x: TIER_LABEL[tier] ?? tier,
              y: n,
            }))}
            series={[{ key: "y", label: "Creators" }]}
            showValues
            height={260}
          />
        </Card>
        <Card title="Campaigns by status">
          <Chart
            kind="bar"
            title="Campaigns by status"
            data={Object.entries(kpis.campaignsByStatus).map(([s, n]) => ({
              x: titleCase(s),
              y: n,
            }))}
            series={[{ key: "y", label: "Campaigns", color: "#10b981" }]}
            showValues
            height={260}
          />
        </Card>
        <Card title="Matches by status">
          <Chart
            kind="bar"
            orientation="rows"
            showValues
            title="Matches by status"
            data={Object.entries(kpis.matchesByStatus).map(([s, n]) => ({ x: titleCase(s), y: n }))}
            series={[{ key: "y", label: "Matches", color: "#8b5cf6" }]}
            height={260}
          />
        </Card>
      </div>

      <Card
        id="review-queue"
        className="mt-6 scroll-mt-20"
        title="Match review queue"
        description="Waiting for approval before the creator is contacted, oldest first"
      >
        <ReviewQueue initial={queue} limit={QUEUE_PAGE} now={new Date().toISOString()} />
      </Card>
    </>
  );
}
