// /dashboard/campaigns/:id – find creators for one of the brand's campaigns.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { FindCreators } from "@/components/workflow/find-creators";
import { requireUser } from "@/lib/auth/guards";
import { canManageBrand } from "@/lib/auth/ownership";
import { prisma } from "@/lib/db/client";
import { formatMoney } from "@/lib/reporting/format";

export const metadata: Metadata = { title: "Find creators · Creator Match" };

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const { id } = await params;
  const campaign = /^[0-9a-f-]{36}$/i.test(id)
    ? await prisma.campaign.findUnique({ where: { id } })
    : null;
  if (!campaign || !canManageBrand(user, campaign.brandId)) notFound();
  return (
    <>
      <PageHeader
        title={campaign.title}
        description={`${campaign.category} · ${campaign.type.toLowerCase().replace("_", " ")} · budget ${formatMoney(campaign.budget, campaign.currency)} · ${campaign.status.toLowerCase()}`}
      >
        <Link
          href={`/dashboard/campaigns/${campaign.id}/edit`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
        >
          Edit campaign
        </Link>
      </PageHeader>
      <h2 className="mb-3 text-lg font-semibold">Find creators</h2>
      <Suspense fallback={<p className="text-sm text-slate-500">Loading…</p>}>
        <FindCreators campaignId={campaign.id} />
      </Suspense>
    </>
  );
}
