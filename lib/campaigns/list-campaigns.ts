import type { SessionUser } from "../auth/session-user.ts";
import { prisma } from "../db/client.ts";
import type { CampaignStatus } from "../db/generated/enums.ts";
import { decodeNewestFirstCursor, encodeNewestFirstCursor } from "../paging/newest-first-cursor.ts";
import { toCampaignDto } from "./campaign-dto.ts";
import { campaignScope } from "./campaign-scope.ts";

/**
 * A page of the user's campaigns, newest first. The cursor is the last row's
 * (created_at, id), signed for this user and status filter, so it pages only through
 * the list it came from.
 */
export async function listCampaigns(
  user: SessionUser,
  opts: { status?: CampaignStatus; limit: number; cursor?: string },
) {
  const scope = `campaigns:${user.id}:${opts.status ?? "*"}`;
  const after = opts.cursor ? decodeNewestFirstCursor(opts.cursor, scope) : null;
  const rows = await prisma.campaign.findMany({
    where: {
      ...campaignScope(user),
      ...(opts.status ? { status: opts.status } : {}),
      ...(after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  return {
    campaigns: page.map(toCampaignDto),
    nextCursor: rows.length > opts.limit ? encodeNewestFirstCursor(last, scope) : null,
  };
}
