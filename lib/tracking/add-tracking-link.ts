// A brand adds a destination to an accepted match: a new /r/{code} link. Brand-scoped
// (another brand's match is 404); only accepted or completed matches have links (409);
// one link per destination and match (409).
import { conflict } from "../errors.ts";
import type { WorkflowActor } from "../matches/actor.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { generateLinkCode } from "./generate-code.ts";
import { trackableMatchForBrand, type TrackingLinkView } from "./match-tracking.ts";
import type { AddTrackingLinkInput } from "./schemas.ts";

export async function addTrackingLink(
  db: Queryable,
  actor: WorkflowActor,
  input: AddTrackingLinkInput,
): Promise<TrackingLinkView> {
  const match = await trackableMatchForBrand(db, actor, input.matchId);
  const { rows } = await db.query(
    `INSERT INTO tracking_links (id, code, match_id, campaign_id, brand_id, creator_id, destination_url, label, expires_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (match_id, destination_url) DO NOTHING
     RETURNING id, code, destination_url, label, expires_at, created_at`,
    [
      generateLinkCode(),
      match.id,
      match.campaignId,
      match.brandId,
      match.creatorId,
      input.destinationUrl,
      input.label || null,
      input.expiresAt ?? null,
    ],
  );
  const r = rows[0];
  if (!r) throw conflict("This match already has a link to that address");
  return {
    id: r.id,
    code: r.code,
    destinationUrl: r.destination_url,
    label: r.label,
    expiresAt: r.expires_at ? r.expires_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
  };
}
