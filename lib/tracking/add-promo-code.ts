// A brand gives an accepted match a promo code: the one it set up in its shop, or a
// generated one. Unique per brand (orders quote only the code), 409 when taken.
import { conflict } from "../errors.ts";
import type { WorkflowActor } from "../matches/actor.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { generatePromoCode } from "./generate-code.ts";
import { trackableMatchForBrand, type PromoCodeView } from "./match-tracking.ts";
import type { AddPromoCodeInput } from "./schemas.ts";

export async function addPromoCode(
  db: Queryable,
  actor: WorkflowActor,
  input: AddPromoCodeInput,
): Promise<PromoCodeView> {
  const match = await trackableMatchForBrand(db, actor, input.matchId);
  const { rows } = await db.query(
    `INSERT INTO promo_codes (id, code, brand_id, match_id, campaign_id, creator_id, expires_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)
     ON CONFLICT (brand_id, code) DO NOTHING
     RETURNING id, code, expires_at, created_at`,
    [
      input.code || generatePromoCode(),
      match.brandId,
      match.id,
      match.campaignId,
      match.creatorId,
      input.expiresAt ?? null,
    ],
  );
  const r = rows[0];
  if (!r) throw conflict(`Your brand already uses the code ${input.code}`);
  return {
    id: r.id,
    code: r.code,
    expiresAt: r.expires_at ? r.expires_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
  };
}
