"use server";
// Server actions of the match page; the rules live in lib/reporting/videos.
import { revalidatePath } from "next/cache";
import { linkMatchVideoAction } from "@/lib/reporting/videos/video-actions";

const link = linkMatchVideoAction();

export async function linkSponsoredVideo(input: { matchId: string; video: string }) {
  const result = await link(input);
  if (result.ok) revalidatePath(`/matches/${input.matchId}`);
  return result;
}
