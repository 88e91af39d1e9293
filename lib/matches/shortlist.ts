// A brand's shortlist for one campaign, kept in the database so it survives reloads
// and is shared by the brand's managers. Every read and write carries the caller's
// brands in its own SQL (scopedBrandIds: null for admins), so a caller cannot reach
// another brand's shortlist by passing its campaign's id. At most SHORTLIST_MAX
// creators per campaign: the list answers whole, and no request grows it without bound.
import type pg from "pg";
import { withTransaction } from "../db/transaction.ts";
import { conflict, notFound } from "../errors.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { CURRENT_MATCH_OF_PAIR } from "./current-match.ts";
import { SHORTLIST_MAX } from "./schemas.ts";

/** The brands whose campaigns the caller may reach; null for every brand (admins). */
type BrandScope = string[] | null;

export async function listShortlist(db: Queryable, brandIds: BrandScope, campaignId: string) {
  const { rows } = await db.query(
    `SELECT s.creator_id, c.display_name, m.id AS match_id, m.status::text AS match_status
       FROM shortlist_entries s
       JOIN campaigns k ON k.id = s.campaign_id
       JOIN creators c ON c.id = s.creator_id
       LEFT JOIN LATERAL (${CURRENT_MATCH_OF_PAIR("s.campaign_id", "s.creator_id")}) m ON true
      WHERE s.campaign_id = $1 AND ($2::uuid[] IS NULL OR k.brand_id = ANY($2::uuid[]))
      ORDER BY s.created_at, s.creator_id LIMIT $3`,
    [campaignId, brandIds, SHORTLIST_MAX],
  );
  return {
    creatorIds: rows.map((r) => r.creator_id as string),
    entries: rows.map((r) => ({
      creatorId: r.creator_id as string,
      name: r.display_name as string,
      match: r.match_id ? { id: r.match_id as string, status: r.match_status as string } : null,
    })),
  };
}

/**
 * Puts a creator on the campaign's shortlist or takes them off; answers the list. 404
 * for a campaign outside the caller's brands or an unknown creator, 409 for a full list.
 */
export async function setShortlisted(
  pool: pg.Pool,
  brandIds: BrandScope,
  change: { campaignId: string; creatorId: string; on: boolean; userId: string },
  { max = SHORTLIST_MAX }: { max?: number } = {},
) {
  const { campaignId, creatorId, userId } = change;
  return withTransaction(pool, async (tx) => {
    // the campaign's row lock makes two additions at once count one after the other
    const campaign = await tx.query(
      `SELECT 1 FROM campaigns
        WHERE id = $1 AND ($2::uuid[] IS NULL OR brand_id = ANY($2::uuid[]))
        FOR NO KEY UPDATE`,
      [campaignId, brandIds],
    );
    if (campaign.rowCount === 0) throw notFound("Campaign");
    if (!change.on) {
      await tx.query(`DELETE FROM shortlist_entries WHERE campaign_id = $1 AND creator_id = $2`, [
        campaignId,
        creatorId,
      ]);
      return listShortlist(tx, brandIds, campaignId);
    }
    const added = await tx.query(
      `INSERT INTO shortlist_entries (campaign_id, creator_id, added_by_id)
       SELECT $1, id, $3 FROM creators
        WHERE id = $2 AND (SELECT count(*) FROM shortlist_entries WHERE campaign_id = $1) < $4
       ON CONFLICT DO NOTHING RETURNING creator_id`,
      [campaignId, creatorId, userId, max],
    );
    if (added.rowCount === 0) {
      const { rows } = await tx.query(
        `SELECT EXISTS (SELECT 1 FROM creators WHERE id = $2) AS creator,
                EXISTS (SELECT 1 FROM shortlist_entries
                         WHERE campaign_id = $1 AND creator_id = $2) AS listed`,
        [campaignId, creatorId],
      );
      if (!rows[0].creator) throw notFound("Creator");
      if (!rows[0].listed) {
        throw conflict(`A shortlist holds at most ${max} creators: take some off first`);
      }
    }
    return listShortlist(tx, brandIds, campaignId);
  });
}
