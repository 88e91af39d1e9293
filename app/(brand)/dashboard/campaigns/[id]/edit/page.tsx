// /dashboard/campaigns/:id/edit – change a campaign of the user's brand.
import type { Metadata } from "next";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { ownCampaignOr404 } from "@/components/workflow/own-campaign";
import { saveCampaign } from "../../actions";

export const metadata: Metadata = { title: "Edit campaign · Creator Match" };

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const { id } = await params;
  const campaign = await ownCampaignOr404(user, id);
  return (
    <>
      <PageHeader title={`Edit: ${campaign.title}`} />
      <CampaignForm campaign={campaign} save={saveCampaign} />
    </>
  );
}
