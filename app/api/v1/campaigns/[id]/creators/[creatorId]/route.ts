import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { scopedBrandIds } from "@/lib/campaigns/campaign-scope";
import { findCreatorIdsByChannelName } from "@/lib/creators/find-creator-ids-by-channel-name";
import { loadCreatorDetail } from "@/lib/creators/load-creator-detail";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import { RankFiltersQuerySchema, requestFilters } from "@/lib/matching/feature-store/query";
import { CreatorDetailResultSchema } from "@/lib/matching/feature-store/schemas";
import { loadStoredCampaign } from "@/lib/matching/feature-store/ranking";
import { scoreStoredCreator } from "@/lib/matching/feature-store/score-stored-creator";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

const Params = z.strictObject({ id: z.uuid(), creatorId: z.uuid() });

// GET /api/v1/campaigns/:id/creators/:creatorId – one creator's ranked result for the
// campaign (score, factors, reasons, risks, forecast, audience quality) with its channel,
// where each figure came from and when, and its last 10 videos. With the ranking's
// filters (?tiers=…&q=…), `filteredOut` says whether that list leaves the creator out.
export const GET = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    params: Params,
    query: RankFiltersQuerySchema,
    rateLimit: "ranking",
    docs: {
      summary: "One creator ranked for a campaign",
      description:
        "Score, factors, reasons, risks, forecast and audience quality, with the channel, where each figure came from (`verified` = the creator's own analytics) and the last 10 videos. Takes the ranking's filters: `filteredOut` says why the list they give leaves this creator out (null: listed). Spends the ranking budget too.",
      tag: "ranking",
      response: { schema: CreatorDetailResultSchema },
    },
  },
  async ({ user, params, query }) => {
    const campaign = await loadStoredCampaign(pool, params.id, scopedBrandIds(user));
    if (!campaign) throw notFound("Campaign");
    const filters = requestFilters(query, campaign);
    if (query.q) filters.includeCreatorIds = await findCreatorIdsByChannelName(pool, query.q);
    const [result, detail] = await Promise.all([
      scoreStoredCreator(pool, await getFeatureIndexCache(), campaign, params.creatorId, filters),
      loadCreatorDetail(pool, params.creatorId, params.id),
    ]);
    if (!result || !detail) throw notFound("Creator");
    return { ...result, match: detail.match, creator: detail.creator };
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
