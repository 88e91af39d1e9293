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
import { CONVERSION_LIMITS } from "@/lib/conversions/schemas";
import { BRAND_HEADER, SIGNATURE_HEADER } from "@/lib/conversions/signature";

export const POST = apiRoute(
  {
    auth: false,
    contentType: "any",
    rateLimit: false,
    maxBodyBytes: CONVERSION_LIMITS.webhookBodyBytes,
  },
  async ({ req }) => {
    const rawBody = await readBodyText(req, CONVERSION_LIMITS.webhookBodyBytes);
    const result = await receiveWebhook(pool, {
      brandId: req.headers.get(BRAND_HEADER),
      signature: req.headers.get(SIGNATURE_HEADER),
      rawBody,
    });
    return Response.json(result, { status: result.duplicate ? 200 : 201 });
  },
);
