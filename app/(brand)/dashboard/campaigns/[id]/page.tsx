// /dashboard/campaigns/:id – find creators for one of the brand's campaigns, with its
// status buttons and status history.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { CampaignStatusControl } from "@/components/dashboard/campaign-status-control";
import { PageHeader } from "@/components/ui/page-header";
import { FindCreators } from "@/components/workflow/find-creators";
import { requireUser } from "@/lib/auth/guards";
import { defaultRankingSort } from "@/lib/campaigns/default-ranking-sort";
import { targetsDistrict } from "@/lib/matching/engine/district-spread";
import { listCampaignStatusChanges } from "@/lib/campaigns/list-campaign-status-changes";
import type { CampaignStatus } from "@/lib/db/generated/enums";
import { ownCampaignOr404 } from "@/components/workflow/own-campaign";
import { getFormat } from "@/lib/i18n/get-format";
import { setCampaignStatus } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignPages"))("findMeta") };
}

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const { id } = await params;
  const campaign = await ownCampaignOr404(user, id);
  const history = await listCampaignStatusChanges(user, campaign.id);
  const tReport = await getTranslations("report");
  const t = await getTranslations("campaignPages");
  const te = await getTranslations("enums");
  const tv = await getTranslations("vocab");
  const { formatMoney, formatDateTime } = await getFormat();
  const status = (s: CampaignStatus) => te(`campaignStatus.${s}`);
  return (
    <>
      <PageHeader
        title={campaign.title}
        description={t("description", {
          category: tv.has(`category.${campaign.category}`)
            ? tv(`category.${campaign.category}`)
            : campaign.category,
          type: te(`campaignType.${campaign.type}`),
          budget: formatMoney(campaign.budget, campaign.currency),
          status: te(`campaignStatus.${campaign.status}`),
        })}
      >
        <div className="flex flex-wrap items-start gap-2">
          <CampaignStatusControl
            campaignId={campaign.id}
            campaignTitle={campaign.title}
            status={campaign.status}
            setStatus={setCampaignStatus}
            size="md"
          />
          <Link
            href={`/dashboard/campaigns/${campaign.id}/report`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            {tReport("report")}
          </Link>
          <Link
            href={`/dashboard/campaigns/${campaign.id}/edit`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            {t("edit")}
          </Link>
        </div>
      </PageHeader>
      <details className="-mt-2 mb-4 text-sm text-slate-600">
        <summary className="cursor-pointer select-none">{t("statusHistory")}</summary>
        {history.length === 0 ? (
          <p className="mt-2">{t("noStatusHistory")}</p>
        ) : (
          <ol aria-label={t("statusHistory")} className="mt-2 space-y-1">
            {history.map((h) => (
              <li key={h.id}>
                {h.from
                  ? t("statusMoved", { from: status(h.from), to: status(h.to) })
                  : t("statusCreated", { status: status(h.to) })}{" "}
                <span className="text-slate-500">
                  · {formatDateTime(h.at)}
                  {h.by ? ` · ${h.by}` : ""}
                </span>
              </li>
            ))}
          </ol>
        )}
      </details>
      <h2 className="mb-3 text-lg font-semibold">{t("findCreators")}</h2>
      <Suspense fallback={<p className="text-sm text-slate-500">{t("loading")}</p>}>
        <FindCreators
          campaignId={campaign.id}
          campaignStatus={campaign.status}
          setCampaignStatus={setCampaignStatus}
          defaultSort={defaultRankingSort(campaign)}
          nearby={targetsDistrict(campaign.targetAudience.regions)}
        />
      </Suspense>
    </>
  );
}
