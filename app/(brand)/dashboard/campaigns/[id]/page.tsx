// /dashboard/campaigns/:id – find creators for one of the brand's campaigns.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { FindCreators } from "@/components/workflow/find-creators";
import { requireUser } from "@/lib/auth/guards";
import { ownCampaignOr404 } from "@/components/workflow/own-campaign";
import { formatMoney } from "@/lib/reporting/format";

export const metadata: Metadata = { title: "Find creators · Creator Match" };

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const { id } = await params;
  const campaign = await ownCampaignOr404(user, id);
  const tReport = await getTranslations("report");
  return (
    <>
      <PageHeader
        title={campaign.title}
        description={`${campaign.category} · ${campaign.type.toLowerCase().replace("_", " ")} · budget ${formatMoney(campaign.budget, campaign.currency)} · ${campaign.status.toLowerCase()}`}
      >
        <div className="flex gap-2">
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
            Edit campaign
          </Link>
        </div>
      </PageHeader>
      <h2 className="mb-3 text-lg font-semibold">Find creators</h2>
      <Suspense fallback={<p className="text-sm text-slate-500">Loading…</p>}>
        <FindCreators campaignId={campaign.id} />
      </Suspense>
    </>
  );
}
