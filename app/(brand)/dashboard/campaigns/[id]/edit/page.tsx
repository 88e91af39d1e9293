// /dashboard/campaigns/:id/edit – change a campaign of the user's brand.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { ownCampaignOr404 } from "@/components/workflow/own-campaign";
import { saveCampaign } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignPages"))("editMeta") };
}

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const { id } = await params;
  const campaign = await ownCampaignOr404(user, id);
  const t = await getTranslations("campaignPages");
  return (
    <>
      <PageHeader title={t("editTitle", { title: campaign.title })} />
      <CampaignForm campaign={campaign} save={saveCampaign} />
    </>
  );
}
