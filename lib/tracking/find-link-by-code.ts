// The one read behind the redirect's cache (tracking_links_code_key).
import type { Queryable } from "../reporting/queryable.ts";
import type { CachedLink } from "./link-cache.ts";

export async function findLinkByCode(db: Queryable, code: string): Promise<CachedLink | null> {
  const { rows } = await db.query(
    `SELECT id, match_id, campaign_id, creator_id, destination_url, expires_at
       FROM tracking_links WHERE code = $1`,
    [code],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    matchId: r.match_id,
    campaignId: r.campaign_id,
    creatorId: r.creator_id,
    destinationUrl: r.destination_url,
    expiresAt: r.expires_at,
  };
}
