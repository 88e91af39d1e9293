// A brand adds a destination to an accepted match: a new /r/{code} link. Brand-scoped
// (another brand's match is 404); only accepted or completed matches have links (409);
// one link per destination and match (409), at most TRACKING_LIMITS.perMatch (409).
import type pg from "pg";
import { conflict } from "../errors.ts";
import type { WorkflowActor } from "../matches/actor.ts";
import { generateLinkCode } from "./generate-code.ts";
import {
  addToMatch,
  tooManyForMatch,
  trackableMatchForBrand,
  type TrackingLinkView,
} from "./match-tracking.ts";
import { TRACKING_LIMITS, type AddTrackingLinkInput } from "./schemas.ts";

export async function addTrackingLink(
  pool: pg.Pool,
  actor: WorkflowActor,
  input: AddTrackingLinkInput,
): Promise<TrackingLinkView> {
  const match = await trackableMatchForBrand(pool, actor, input.matchId);
  const rows = await addToMatch(pool, match.id, async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO tracking_links (id, code, match_id, campaign_id, brand_id, creator_id, destination_url, label, expires_at)
       SELECT gen_random_uuid(), $1::text, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::text,
              $7::text, $8::timestamptz
        WHERE (SELECT count(*) FROM tracking_links WHERE match_id = $2::uuid) < $9
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
        TRACKING_LIMITS.perMatch,
      ],
    );
    if (inserted.rows.length) return inserted.rows;
    const taken = await tx.query(
      `SELECT 1 FROM tracking_links WHERE match_id = $1 AND destination_url = $2`,
      [match.id, input.destinationUrl],
    );
    if (taken.rowCount === 0) throw tooManyForMatch("tracking links");
    return null;
  });
  const r = rows?.[0];
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
