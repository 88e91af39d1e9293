"use server";
// Server actions of the brand dashboard; the rules live in lib/campaigns.
import { revalidatePath } from "next/cache";
import { changeCampaignStatusAction } from "@/lib/campaigns/campaign-actions";
import type { CampaignStatus } from "@/lib/db/generated/enums";

const changeStatus = changeCampaignStatusAction();

export async function setCampaignStatus(input: { campaignId: string; status: CampaignStatus }) {
  const result = await changeStatus(input);
  // the dashboard and the campaigns page below it both list the campaign
  if (result.ok) revalidatePath("/dashboard", "layout");
  return result;
}
