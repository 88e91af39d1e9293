"use server";
// Server actions of the match page: tracking links and promo codes (lib/tracking), and
// sponsored videos (lib/reporting/videos).
import { revalidatePath } from "next/cache";
import { linkMatchVideoAction } from "@/lib/reporting/videos/video-actions";
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

const video = linkMatchVideoAction();

export async function linkSponsoredVideo(input: { matchId: string; video: string }) {
  const result = await video(input);
  if (result.ok) revalidatePath("/matches/[id]", "page");
  return result;
}
