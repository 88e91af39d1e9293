// POST /api/v1/conversions – one order or refund from a brand's shop server, signed
// with the brand's webhook secret (lib/conversions/signature.ts; README "Order webhook").
// No session: the signature is the only credential, so the same-origin guard of the
// wrapper matters only for browsers (a server sends no Origin) and a page elsewhere
// could not sign anyway. Not rate-limited per address: a shop sends its orders from one
// server, and each refused request costs one primary-key read and one HMAC.
import { apiRoute } from "@/lib/api/route";
import { readBodyText } from "@/lib/api/request-guards";
import { pool } from "@/lib/db/client";
import { receiveWebhook } from "@/lib/conversions/receive-webhook";
import { CONVERSION_LIMITS, WebhookResponseSchema } from "@/lib/conversions/schemas";
import { BRAND_HEADER, SIGNATURE_HEADER } from "@/lib/conversions/signature";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(
  {
    auth: false,
    contentType: "any",
    rateLimit: false,
    maxBodyBytes: CONVERSION_LIMITS.webhookBodyBytes,
    docs: {
      summary: "Record a signed order or refund",
      description:
        "Called by the brand's shop server, not a browser. Headers: X-CreatorMatch-Brand (brand id) and X-CreatorMatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of `t.body` with the brand's secret>; the timestamp must be within 5 minutes. Body: orderId, occurredAt (ISO 8601 with offset, from 2000 to a day ahead), amount (whole minor units, zero or more; a REFUND is stored negative), optional kind, quantity, currency, product, clickId, promoCode. A resend of a stored order answers the stored row with duplicate: true and changes nothing. Bad or stale signature: 401, nothing stored.",
      tag: "conversions",
      response: { schema: WebhookResponseSchema },
      examples: {
        response: {
          duplicate: false,
          conversion: {
            id: "1",
            orderId: "2026120412345",
            kind: "ORDER",
            amount: 35000,
            currency: "KRW",
            attribution: "PROMO_CODE",
            matchId: "3f1c2a9e-5b7d-4c1e-9a2b-1d2e3f4a5b6c",
            campaignId: "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
            creatorId: "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
            unattributedReason: null,
          },
        },
      },
    },
  },
  async ({ req }) => {
    // The signature covers the exact bytes sent, a leading UTF-8 BOM included.
    const rawBody = await readBodyText(req, CONVERSION_LIMITS.webhookBodyBytes, { keepBom: true });
    const result = await receiveWebhook(pool, {
      brandId: req.headers.get(BRAND_HEADER),
      signature: req.headers.get(SIGNATURE_HEADER),
      rawBody,
    });
    // 200 either way: a resend is not an error, and the body says which it was
    return result;
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
