import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { scopedBrandIds } from "@/lib/campaigns/campaign-scope";
import { findCreatorIdsByChannelName } from "@/lib/creators/find-creator-ids-by-channel-name";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import {
  decodeCursor,
  encodeCursor,
  RankCreatorsQuerySchema,
  requestFilters,
} from "@/lib/matching/feature-store/query";
import { loadStoredCampaign, rankStoredCampaignJson } from "@/lib/matching/feature-store/ranking";
import { RankingPageSchema } from "@/lib/matching/feature-store/schemas";
import { rankingAdmission, rankInPool } from "@/lib/matching/rank-pool/rank-in-pool";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

const Params = z.strictObject({ id: z.uuid() });

// GET /api/v1/campaigns/:id/creators – stored creators ranked for the campaign, best first
// (?sort=score) or by value per won (?sort=value), with factors, reasons, risks, audience
// quality, forecasts and the creator's existing match; narrowed by filters and a channel
// name search (?q=), paged by cursor.
export const GET = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    params: Params,
    query: RankCreatorsQuerySchema,
    rateLimit: "ranking",
    docs: {
      summary: "Rank creators for a campaign",
      description:
        "Stored creators ranked for the campaign, best first (`sort=score`) or by value per won (`sort=value`), each with factors, reasons, risks, audience quality and forecasts; narrowed by filters and a channel-name search (`q`), paged by cursor. Spends the ranking budget too.",
      tag: "ranking",
      response: { schema: RankingPageSchema },
      examples: { query: { sort: "score", limit: "20", tiers: "micro,mid", q: "뷰티" } },
    },
  },
  // Admitted a few at a time (lib/server/admission.ts), the serialised page included.
  async ({ user, params, query }) =>
    rankingAdmission().run(async () => {
      const campaign = await loadStoredCampaign(pool, params.id, scopedBrandIds(user));
      if (!campaign) throw notFound("Campaign");
      const offset = decodeCursor(params.id, campaign, query);
      const filters = requestFilters(query, campaign);
      if (query.q) filters.includeCreatorIds = await findCreatorIdsByChannelName(pool, query.q);
      const ranking = await rankStoredCampaignJson(pool, await getFeatureIndexCache(), campaign, {
        rank: rankInPool,
        filters,
        limit: query.limit,
        offset,
        sort: query.sort,
        campaignId: params.id,
      });
      const next = offset + query.limit;
      const nextCursor =
        next < ranking.total ? encodeCursor(params.id, campaign, query, next) : null;
      // The results arrive as JSON bytes from the ranking thread (encoded-ranking.ts):
      // the page is written around them, in RankingPageSchema's field order.
      const head = `{"sort":${JSON.stringify(query.sort)},"results":`;
      const tail = JSON.stringify({
        total: ranking.total,
        offset,
        nextCursor,
        // Paging stops at the first 10,000 results: past them, narrow the filters.
        truncated: nextCursor === null && next < ranking.total,
        forecastModelVersion: ranking.forecastModelVersion,
      });
      return new Response(
        Buffer.concat([Buffer.from(head), ranking.results, Buffer.from(`,${tail.slice(1)}`)]),
        { headers: { "content-type": "application/json" } },
      );
    }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
