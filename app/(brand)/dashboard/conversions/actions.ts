"use server";
// Server actions of the conversions settings page; the rules live in lib/conversions.
import { revalidatePath } from "next/cache";
import { rotateWebhookSecretAction } from "@/lib/conversions/webhook-secret-actions";

const rotate = rotateWebhookSecretAction();

export async function rotateWebhookSecret(input: { brandId: string }) {
  const result = await rotate(input);
  if (result.ok) revalidatePath("/dashboard/conversions");
  return result;
}
