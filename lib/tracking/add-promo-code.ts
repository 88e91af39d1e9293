// A brand gives an accepted match a promo code: the one it set up in its shop, or a
// generated one. Unique per brand (orders quote only the code), 409 when taken; at most
// TRACKING_LIMITS.perMatch per match (409).
import type pg from "pg";
import { conflict } from "../errors.ts";
import type { WorkflowActor } from "../matches/actor.ts";
import { generatePromoCode } from "./generate-code.ts";
import {
  addToMatch,
  tooManyForMatch,
  trackableMatchForBrand,
  type PromoCodeView,
} from "./match-tracking.ts";
import { TRACKING_LIMITS, type AddPromoCodeInput } from "./schemas.ts";

export async function addPromoCode(
  pool: pg.Pool,
  actor: WorkflowActor,
  input: AddPromoCodeInput,
): Promise<PromoCodeView> {
  const match = await trackableMatchForBrand(pool, actor, input.matchId);
  const rows = await addToMatch(pool, match.id, async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO promo_codes (id, code, brand_id, match_id, campaign_id, creator_id, expires_at)
       SELECT gen_random_uuid(), $1::text, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::timestamptz
        WHERE (SELECT count(*) FROM promo_codes WHERE match_id = $3::uuid) < $7
       ON CONFLICT (brand_id, code) DO NOTHING
       RETURNING id, code, expires_at, created_at`,
      [
        input.code || generatePromoCode(),
        match.brandId,
        match.id,
        match.campaignId,
        match.creatorId,
        input.expiresAt ?? null,
        TRACKING_LIMITS.perMatch,
      ],
    );
    if (inserted.rows.length) return inserted.rows;
    const full = await tx.query(
      `SELECT count(*) >= $2 AS full FROM promo_codes WHERE match_id = $1`,
      [match.id, TRACKING_LIMITS.perMatch],
    );
    if (full.rows[0].full) throw tooManyForMatch("promo codes");
    return null;
  });
  const r = rows?.[0];
  if (!r) throw conflict(`Your brand already uses the code ${input.code}`);
  return {
    id: r.id,
    code: r.code,
    expiresAt: r.expires_at ? r.expires_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
  };
}
