// The query of GET /api/v1/campaigns/:id/creators and its page cursor. The cursor is
// an offset signed (lib/paging/signed-cursor.ts) for the ranking it was issued in: the
// campaign, what of it the ranking reads, and the filters and sort. A cursor pasted
// onto another query, kept across an edit of the campaign, or edited by hand is
// refused rather than silently paging through a different list.
import { createHash } from "node:crypto";
import { z } from "zod";
import { decodeSignedCursor, encodeSignedCursor } from "../../paging/signed-cursor.ts";
import { queryInt, queryNumber } from "../../api/query-params.ts";
import { AppError } from "../../errors.ts";
import type { RequestFilters, StoredCampaign } from "./campaign.ts";
import { targetsDistrict } from "../engine/district-spread.ts";
import { ROSTER_LIMITS } from "../engine/schemas.ts";
import { PLATFORM_SLUGS, TIER_SLUGS } from "../engine/types.ts";

const MAX_OFFSET = 10_000;

// Lists travel comma-separated: ?tiers=micro,mid
const commaList = z
  .string()
  .max(4000)
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  );

// strict like every query and body: a misspelt filter (?tier=macro) is a 422, not a
// ranking that silently ignores it
export const RankCreatorsQuerySchema = z.strictObject({
  limit: queryInt(1, 100).default(20),
  cursor: z.string().max(200).optional(),
  tiers: commaList
    .pipe(z.array(z.string().toLowerCase().pipe(z.enum(TIER_SLUGS))).max(TIER_SLUGS.length))
    .optional(),
  regions: commaList.pipe(z.array(z.string().max(40)).max(20)).optional(),
  categories: commaList.pipe(z.array(z.string().max(40)).max(20)).optional(),
  maxRate: queryInt(1, Number.MAX_SAFE_INTEGER).optional(),
  minSubscribers: queryInt(0, 2_000_000_000).optional(),
  platforms: commaList
    .pipe(z.array(z.string().toLowerCase().pipe(z.enum(PLATFORM_SLUGS))).max(PLATFORM_SLUGS.length))
    .optional(),
  // the shown score (0-100) a creator must reach
  minScore: queryNumber(0, 100).optional(),
  // only creators based within this many km of a district the campaign targets
  withinKm: queryNumber(1, ROSTER_LIMITS.maxWithinKm).optional(),
  // only creators whose audience figures come from their own YouTube Analytics
  verified: z
    .enum(["true", "false", "1", "0"])
    .transform((v) => v === "true" || v === "1")
    .optional(),
  // channel name contains (case-insensitive); resolved to creator ids before ranking
  q: z.string().trim().max(100).optional(),
  exclude: commaList.pipe(z.array(z.uuid()).max(500)).optional(),
  // score: the explained fit score; value: forecast target views and sales per won
  sort: z.enum(["score", "value"]).default("score"),
});
export type RankCreatorsQuery = z.infer<typeof RankCreatorsQuerySchema>;

/**
 * The filters of a ranking: one creator checked against a list's view. The list's sort
 * may come along with them (the page passes its query as it is); paging may not.
 */
export const RankFiltersQuerySchema = RankCreatorsQuerySchema.omit({ limit: true, cursor: true });
export type RankFiltersQuery = z.infer<typeof RankFiltersQuerySchema>;

/**
 * The request's filters for the campaign, or a 422 for a distance filter on a campaign
 * that names no district to measure from (it would keep nobody).
 */
export function requestFilters(
  q: RankFiltersQuery,
  campaign: { targetRegions: readonly string[] },
): RequestFilters {
  if (q.withinKm !== undefined && !targetsDistrict(campaign.targetRegions)) {
    throw new AppError("validation_failed", "Some fields are invalid", {
      "query.withinKm": [
        "This campaign targets no district to measure from: add the store's district (e.g. 부산 해운대구) to its target audience, or filter by region",
      ],
    });
  }
  return {
    tiers: q.tiers,
    regions: q.regions,
    categories: q.categories,
    maxRatePerVideo: q.maxRate,
    minSubscribers: q.minSubscribers,
    platforms: q.platforms,
    minScore: q.minScore,
    verifiedOnly: q.verified,
    withinKm: q.withinKm,
    excludeCreatorIds: q.exclude,
  };
}

const CursorSchema = z.strictObject({ o: z.number().int().min(1).max(MAX_OFFSET) });

/** The ranking a page belongs to: the campaign as the engine reads it, and the query. */
function rankingScope(campaignId: string, campaign: StoredCampaign, q: RankCreatorsQuery): string {
  const { limit: _limit, cursor: _cursor, ...filters } = q;
  const canonical = JSON.stringify(
    [campaignId, campaign, Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : 1))],
    (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
  );
  return `ranking:${createHash("sha256").update(canonical).digest("base64url")}`;
}

export function encodeCursor(
  campaignId: string,
  campaign: StoredCampaign,
  q: RankCreatorsQuery,
  offset: number,
): string | null {
  if (offset > MAX_OFFSET) return null;
  return encodeSignedCursor({ o: offset }, rankingScope(campaignId, campaign, q));
}

/** The offset a cursor stands for (0 without one); a 422 for a malformed or foreign cursor. */
export function decodeCursor(
  campaignId: string,
  campaign: StoredCampaign,
  q: RankCreatorsQuery,
): number {
  if (q.cursor === undefined) return 0;
  return decodeSignedCursor(q.cursor, rankingScope(campaignId, campaign, q), CursorSchema).o;
}
