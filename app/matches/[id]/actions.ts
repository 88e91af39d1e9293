"use server";
// Server actions of the match page's tracking panel; the rules live in lib/tracking.
import { revalidatePath } from "next/cache";
import { addPromoCodeAction, addTrackingLinkAction } from "@/lib/tracking/tracking-actions";

const link = addTrackingLinkAction();
const promo = addPromoCodeAction();

export async function addTrackingLink(input: unknown) {
  const result = await link(input);
  if (result.ok) revalidatePath("/matches/[id]", "page");
  return result;
}

export async function addPromoCode(input: unknown) {
  const result = await promo(input);
  if (result.ok) revalidatePath("/matches/[id]", "page");
  return result;
}
