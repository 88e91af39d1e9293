// /dashboard/campaigns/new – create a campaign (a draft until activated).
import type { Metadata } from "next";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { saveCampaign } from "../actions";

export const metadata: Metadata = { title: "New campaign · Creator Match" };

export default async function NewCampaignPage() {
  await requireUser(["BRAND_MANAGER"]);
  return (
    <>
      <PageHeader title="New campaign" description="Saved as a draft; find creators right after." />
      <CampaignForm save={saveCampaign} />
    </>
  );
}
