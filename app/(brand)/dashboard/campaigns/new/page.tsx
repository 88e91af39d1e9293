// /dashboard/campaigns/new – create a campaign (a draft until activated).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { saveCampaign } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaignPages"))("newMeta") };
}

export default async function NewCampaignPage() {
  await requireUser(["BRAND_MANAGER"]);
  const t = await getTranslations("campaignPages");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newText")} />
      <CampaignForm save={saveCampaign} />
    </>
  );
}
