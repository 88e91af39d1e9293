import type { SessionUser } from "../auth/session-user.ts";
import { prisma } from "../db/client.ts";
import type { CampaignStatus } from "../db/generated/enums.ts";
import { notFound } from "../errors.ts";
import { campaignScope } from "./campaign-scope.ts";
import { ACTOR_NAME_MAX, STATUS_HISTORY_MAX } from "./schemas.ts";

export type CampaignStatusChangeView = {
  id: string;
  from: CampaignStatus | null;
  to: CampaignStatus;
  at: Date;
  /** who moved it; null when their account is gone */
  by: string | null;
};

/**
 * One of the user's campaigns' status history (its newest STATUS_HISTORY_MAX moves),
 * oldest first: created as a draft, each move since, and who made it (a draft's first proposal records its sender). Another
 * brand's campaign, like a missing one, is not found (one query, scoped in its SQL).
 */
export async function listCampaignStatusChanges(
  user: SessionUser,
  campaignId: string,
): Promise<CampaignStatusChangeView[]> {
  const campaign = await prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignScope(user)] },
    select: {
      // the newest, read newest first and turned around below
      statusChanges: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: STATUS_HISTORY_MAX,
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          createdAt: true,
          actor: { select: { name: true, email: true } },
        },
      },
    },
  });
  if (!campaign) throw notFound("Campaign");
  return campaign.statusChanges.reverse().map((r) => ({
    id: r.id,
    from: r.fromStatus,
    to: r.toStatus,
    at: r.createdAt,
    // a sign-in provider's name has no bound of its own; the answer's field has
    by: r.actor ? (r.actor.name ?? r.actor.email).slice(0, ACTOR_NAME_MAX) : null,
  }));
}
