// The signed-in manager's campaign for a page, or the 404 page (also for malformed ids
// and other brands' campaigns).
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session-user";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { AppError } from "@/lib/errors";

export async function ownCampaignOr404(user: SessionUser, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  return getCampaign(user, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
}
