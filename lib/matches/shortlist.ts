// A brand's shortlist for one campaign, kept in the database so it survives reloads
// and is shared by the brand's managers. Callers check campaign access first.
import type { Queryable } from "../reporting/queryable.ts";
import { notFound } from "../errors.ts";

export async function listShortlist(db: Queryable, campaignId: string) {
  const { rows } = await db.query(
    `SELECT s.creator_id, c.display_name, m.id AS match_id, m.status::text AS match_status
       FROM shortlist_entries s JOIN creators c ON c.id = s.creator_id
       LEFT JOIN matches m ON m.campaign_id = s.campaign_id AND m.creator_id = s.creator_id
      WHERE s.campaign_id = $1 ORDER BY s.created_at, s.creator_id LIMIT 500`,
    [campaignId],
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

export async function setShortlisted(
  db: Queryable,
  campaignId: string,
  creatorId: string,
  on: boolean,
  userId: string,
) {
  if (on) {
    const res = await db.query(
      `INSERT INTO shortlist_entries (campaign_id, creator_id, added_by_id)
       SELECT $1, id, $3 FROM creators WHERE id = $2
       ON CONFLICT DO NOTHING RETURNING creator_id`,
      [campaignId, creatorId, userId],
    );
    if (res.rowCount === 0) {
      const exists = await db.query(`SELECT 1 FROM creators WHERE id = $1`, [creatorId]);
      if (exists.rowCount === 0) throw notFound("Creator");
    }
  } else {
    await db.query(`DELETE FROM shortlist_entries WHERE campaign_id = $1 AND creator_id = $2`, [
      campaignId,
      creatorId,
    ]);
  }
  return listShortlist(db, campaignId);
}
