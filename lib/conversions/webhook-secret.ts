// A brand's webhook signing secret: created or rotated by a brand manager (the old one
// stops working at once), shown to them on the settings page, sealed at rest
// (lib/crypto/secret-box.ts). The webhook reads it by the brand id the sender names.
import { randomBytes } from "node:crypto";
import { open, seal } from "../crypto/secret-box.ts";
import type { Queryable } from "../reporting/queryable.ts";

/** A new secret: "whsec_" + 32 random bytes in base64url (256 bits). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** Creates or replaces the brand's secret and returns it (the caller shows it once). */
export async function rotateWebhookSecret(db: Queryable, brandId: string): Promise<string> {
  const secret = newWebhookSecret();
  await db.query(
    `INSERT INTO conversion_secrets (brand_id, secret_ciphertext, created_at) VALUES ($1, $2, now())
     ON CONFLICT (brand_id) DO UPDATE SET secret_ciphertext = $2, created_at = now()`,
    [brandId, seal(secret)],
  );
  return secret;
}

/** The brand's secret in clear, with when it was made; null when it has none. */
export async function readWebhookSecret(
  db: Queryable,
  brandId: string,
): Promise<{ secret: string; createdAt: Date } | null> {
  const { rows } = await db.query(
    `SELECT secret_ciphertext, created_at FROM conversion_secrets WHERE brand_id = $1`,
    [brandId],
  );
  if (!rows[0]) return null;
  return {
    secret: open(rows[0].secret_ciphertext).toString("utf8"),
    createdAt: rows[0].created_at,
  };
}
