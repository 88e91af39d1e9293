// /admin – platform KPIs and the match review queue.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Chart } from "@/components/charts/chart";
import { ReviewQueue } from "@/components/dashboard/review-queue";
import { TrackedOverview } from "@/components/reports/tracked-overview";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { listReviewQueue } from "@/lib/admin/list-review-queue";
import { requireUser } from "@/lib/auth/guards";
import { getFormat } from "@/lib/i18n/get-format";
import { getPlatformKpis } from "@/lib/reporting/get-platform-kpis";
import { getTrackedResults } from "@/lib/reporting/get-tracked-results";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("metaTitle") };
}

const QUEUE_PAGE = 10;

export default async function AdminOverviewPage() {
  await requireUser(["ADMIN"]);
  const t = await getTranslations("admin");
  const td = await getTranslations("definitions");
  const te = await getTranslations("enums");
  const { formatInteger, formatMoney, formatMultiple, formatPercent } = await getFormat();
  const [kpis, queue, tracked] = await Promise.all([
    getPlatformKpis(),
    listReviewQueue({ limit: QUEUE_PAGE }),
    getTrackedResults(null),
  ]);
  const totalCampaigns = Object.values(kpis.campaignsByStatus).reduce((a, b) => a + b, 0);
  const totalMatches = Object.values(kpis.matchesByStatus).reduce((a, b) => a + b, 0);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />

      <StatGrid label={t("figures")}>
        <StatCard
          label={t("brands")}
          value={formatInteger(kpis.brands.total)}
          detail={t("localStores", { count: formatInteger(kpis.brands.localStores) })}
        />
        <StatCard
          label={t("creators")}
          value={formatInteger(kpis.creators.total)}
          detail={t("withoutChannel", { count: formatInteger(kpis.creators.withoutChannel) })}
        />
        <StatCard
          label={t("campaigns")}
          value={formatInteger(totalCampaigns)}
          detail={t("active", { count: formatInteger(kpis.campaignsByStatus.ACTIVE) })}
        />
        <StatCard
          label={t("matches")}
          value={formatInteger(totalMatches)}
          detail={t("waitingReview", { count: formatInteger(kpis.pendingReview) })}
        />
        <StatCard
          label={t("completedRevenue")}
          value={formatMoney(kpis.completed.revenue)}
          detail={t("completedDetail", {
            cost: formatMoney(kpis.completed.cost),
            count: formatInteger(kpis.completed.matches),
          })}
          definition={t("completedDefinition")}
        />
        <StatCard
          label="ROAS"
          value={formatMultiple(kpis.completed.roas)}
          detail={t("roiDetail", { roi: formatPercent(kpis.completed.roi) })}
          definition={t("roasDefinition", { roas: td("roas"), roi: td("roi") })}
        />
      </StatGrid>

      <TrackedOverview {...tracked} linkReports={false} platform={kpis} />

      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <Card title={t("byTier")} description={t("byTierText", { tier: td("tier") })}>
          <Chart
            kind="bar"
            title={t("byTier")}
            data={Object.entries(kpis.creators.byTier).map(([tier, n]) => ({
              x: te.has(`tier.${tier}`) ? te(`tier.${tier}`) : tier,
              y: n,
            }))}
            series={[{ key: "y", label: t("creators") }]}
            showValues
            height={260}
          />
        </Card>
        <Card title={t("campaignsByStatus")}>
          <Chart
            kind="bar"
            title={t("campaignsByStatus")}
            data={Object.entries(kpis.campaignsByStatus).map(([s, n]) => ({
              x: te(`campaignStatus.${s}`),
              y: n,
            }))}
            series={[{ key: "y", label: t("campaigns"), color: "#10b981" }]}
            showValues
            height={260}
          />
        </Card>
        <Card title={t("matchesByStatus")}>
          <Chart
            kind="bar"
            orientation="rows"
            showValues
            title={t("matchesByStatus")}
            data={Object.entries(kpis.matchesByStatus).map(([s, n]) => ({
              x: te(`matchStatus.${s}`),
              y: n,
            }))}
            series={[{ key: "y", label: t("matches"), color: "#8b5cf6" }]}
            height={260}
          />
        </Card>
      </div>

      <Card
        id="review-queue"
        className="mt-6 scroll-mt-20"
        title={t("queue")}
        description={t("queueText")}
      >
        <ReviewQueue initial={queue} limit={QUEUE_PAGE} now={new Date().toISOString()} />
      </Card>
    </>
  );
}
