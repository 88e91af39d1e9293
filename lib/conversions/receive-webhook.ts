// One signed order from a shop's server: who sent it is the brand whose secret signs
// it, never a session. Nothing is read from the body before the signature holds, and
// nothing is stored unless it does.
import { z } from "zod";
import { AppError, unauthorized } from "../errors.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { parseOrThrow } from "../api/zod-errors.ts";
import {
  STORED_COLUMNS,
  recordConversions,
  toStored,
  type StoredConversion,
} from "./record-conversions.ts";
import { OrderSchema } from "./schemas.ts";
import { verifySignature } from "./signature.ts";
import { readWebhookSecret } from "./webhook-secret.ts";

const BrandId = z.uuid();

export type WebhookResult = { conversion: StoredConversion; duplicate: boolean };

export async function receiveWebhook(
  db: Queryable,
  input: { brandId: string | null; signature: string | null; rawBody: string },
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<WebhookResult> {
  // One answer for every way of failing: an unknown brand, a brand without a secret and
  // a wrong MAC look the same to a prober; only a stale timestamp is told apart, since
  // an honest sender with a skewed clock needs to know.
  const refused = unauthorized("Bad or missing webhook signature");
  const brand = BrandId.safeParse(input.brandId);
  if (!brand.success) throw refused;
  const stored = await readWebhookSecret(db, brand.data);
  if (!stored) throw refused;
  const verdict = verifySignature(stored.secret, input.rawBody, input.signature, nowSeconds);
  if (verdict === "stale") throw unauthorized("Signature timestamp is more than 5 minutes away");
  if (verdict !== "ok") throw refused;

  let json: unknown;
  try {
    // The MAC was over the raw text, BOM and all; JSON itself does not allow one.
    json = JSON.parse(input.rawBody.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = `Request body is not valid JSON: ${(error as Error).message}`;
    throw new AppError("invalid_json", message, { "(body)": [message] });
  }
  const order = parseOrThrow(OrderSchema, json);
  const { inserted } = await recordConversions(db, brand.data, "WEBHOOK", [order]);
  if (inserted[0]) return { conversion: inserted[0], duplicate: false };
  // A resend: answer with what is stored, changing nothing (whatever the resend says).
  const { rows } = await db.query(
    `SELECT ${STORED_COLUMNS}
       FROM conversions WHERE brand_id = $1 AND order_id = $2 AND kind = $3::"ConversionKind"`,
    [brand.data, order.orderId, order.kind],
  );
  return { conversion: toStored(rows[0]), duplicate: true };
}
