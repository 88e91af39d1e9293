"use server";
// Server actions of the campaign form; the rules live in lib/campaigns.
import { revalidatePath } from "next/cache";
import {
  createCampaignFormAction,
  updateCampaignFormAction,
} from "@/lib/campaigns/campaign-form-actions";

const create = createCampaignFormAction();
const update = updateCampaignFormAction();

export async function saveCampaign(input: { campaignId?: string; data: unknown }) {
  const result = input.campaignId
    ? await update({ campaignId: input.campaignId, patch: input.data })
    : await create(input.data);
  if (result.ok) revalidatePath("/dashboard");
  return result;
}
