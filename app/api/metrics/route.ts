// GET /api/metrics – the process's metrics in Prometheus' text format (lib/server/metrics.ts),
// for a scraper with HTTP basic auth: any user name, METRICS_TOKEN as the password
// (Prometheus: `basic_auth: { username: metrics, password: … }`). Not a user's page:
// without METRICS_TOKEN configured it does not exist (404); a wrong password is 401.
import { createHash, timingSafeEqual } from "node:crypto";
import { errorResponse } from "@/lib/api/error-response";
import { apiRoute } from "@/lib/api/route";
import { env } from "@/lib/env";
import { notFound, unauthorized } from "@/lib/errors";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { metricsText } from "@/lib/server/metrics";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

// Bad passwords spend the caller's address budget like any anonymous request.
export const GET = apiRoute({ auth: false, scope: false }, async ({ req, requestId }) => {
  const expected = env().METRICS_TOKEN;
  if (!expected) throw notFound("Route");
  if (!passwordMatches(req.headers.get("authorization"), expected)) {
    const error = unauthorized("Send the metrics password (METRICS_TOKEN) with HTTP basic auth");
    const response = errorResponse(error, requestId, readerLocale(req.headers));
    response.headers.set("www-authenticate", 'Basic realm="metrics", charset="UTF-8"');
    return response;
  }
  const { text, contentType } = await metricsText();
  return new Response(text, { headers: { "content-type": contentType } });
});

function passwordMatches(authorization: string | null, expected: string): boolean {
  const m = authorization ? /^Basic[ ]+([A-Za-z0-9+/=]{1,2048})$/i.exec(authorization) : null;
  if (!m) return false;
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const password = decoded.slice(decoded.indexOf(":") + 1);
  // Digests of equal length: the comparison takes the same time whatever was sent.
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return decoded.includes(":") && timingSafeEqual(digest(password), digest(expected));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
