// Demo campaigns' status history, as the app would have written it (lib/campaigns):
// created as a draft by its author, active from its first proposal or its start,
// whichever came first, then paused or completed after its last proposal. Derived from
// the rows alone (the ids too), so a re-seed the same day writes the same history; a
// paused or completed campaign's updated_at moves up to its last change if it was earlier.
import type { Queryable } from "../reporting/queryable.ts";

/** Writes the history of every campaign that has none (of `campaignId` alone when given). */
export async function seedCampaignHistory(db: Queryable, campaignId: string | null = null) {
  await db.query(
    `WITH todo AS (
       SELECT c.id, c.status, c.created_at, c.created_by_id, c.starts_at, c.updated_at,
              mm.first_at, mm.last_at
         FROM campaigns c
         LEFT JOIN LATERAL (SELECT min(created_at) AS first_at, max(created_at) AS last_at
                              FROM matches WHERE campaign_id = c.id) mm ON true
        WHERE ($1::uuid IS NULL OR c.id = $1::uuid)
          AND NOT EXISTS (SELECT 1 FROM campaign_status_changes x WHERE x.campaign_id = c.id)
     ),
     t AS (
       SELECT todo.*, s.started,
              -- a millisecond apart at least, so the history has one order
              GREATEST(s.started + interval '1 millisecond', todo.updated_at,
                       todo.last_at + interval '1 minute') AS ended
         FROM todo,
              LATERAL (SELECT GREATEST(todo.created_at + interval '1 millisecond',
                                       LEAST(todo.starts_at, todo.first_at, todo.updated_at)) AS started) s
     ),
     history AS (
       INSERT INTO campaign_status_changes (id, campaign_id, from_status, to_status, actor_id, created_at)
       SELECT md5(t.id::text || ':' || m.to_status::text)::uuid, t.id, m.from_status, m.to_status,
              t.created_by_id, m.at
         FROM t,
              LATERAL (VALUES
                (NULL::"CampaignStatus", 'DRAFT'::"CampaignStatus", t.created_at, true),
                ('DRAFT', 'ACTIVE', t.started, t.status <> 'DRAFT'),
                ('ACTIVE', t.status, t.ended, t.status IN ('PAUSED', 'COMPLETED'))
              ) AS m(from_status, to_status, at, happened)
        WHERE m.happened
     )
     UPDATE campaigns c SET updated_at = t.ended
       FROM t
      WHERE c.id = t.id AND t.status IN ('PAUSED', 'COMPLETED') AND t.ended > c.updated_at`,
    [campaignId],
  );
}
