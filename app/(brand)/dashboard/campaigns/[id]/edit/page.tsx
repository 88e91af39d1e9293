// /dashboard/campaigns/:id/edit – change a campaign of the user's brand.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { canManageBrand } from "@/lib/auth/ownership";
import { toCampaignDto } from "@/lib/campaigns/campaign-dto";
import { prisma } from "@/lib/db/client";
import { saveCampaign } from "../../actions";

export const metadata: Metadata = { title: "Edit campaign · Creator Match" };

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const { id } = await params;
  const campaign = /^[0-9a-f-]{36}$/i.test(id)
    ? await prisma.campaign.findUnique({ where: { id } })
    : null;
  if (!campaign || !canManageBrand(user, campaign.brandId)) notFound();
  return (
    <>
      <PageHeader title={`Edit: ${campaign.title}`} />
      <CampaignForm campaign={toCampaignDto(campaign)} save={saveCampaign} />
    </>
  );
}
