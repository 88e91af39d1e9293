import { prisma } from "../db/client.ts";
import type { CampaignStatus } from "../db/generated/enums.ts";
import { toCampaignDto } from "./campaign-dto.ts";

/** A page of campaigns of the given brands, newest first, with a cursor for the next page. */
export async function listCampaigns(opts: {
  brandIds: string[] | "all";
  status?: CampaignStatus;
  limit: number;
  cursor?: string;
}) {
  const where = {
    ...(opts.brandIds === "all" ? {} : { brandId: { in: opts.brandIds } }),
    ...(opts.status ? { status: opts.status } : {}),
  };
  const rows = await prisma.campaign.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, opts.limit);
  return {
    campaigns: page.map(toCampaignDto),
    nextCursor: rows.length > opts.limit ? page[page.length - 1].id : null,
  };
}
