// GET /r/:code – a tracking link: 302 to the destination with cm_click, sent only after
// the click is committed (lib/tracking/resolve-redirect.ts). Deliberately not behind
// apiRoute: no session, rate limit or JSON errors on the hot path, and proxy.ts skips
// /r/ (no CSP nonce, request id or header copies). Unknown / expired: an HTML 404 page;
// the click cannot be recorded: 503 (a 302 we could not record would be a lost click).
import type { NextRequest } from "next/server";
import { clientAddress } from "@/lib/api/client-address";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { linkNotFoundPage } from "@/lib/tracking/link-not-found-page";
import { redirectDeps } from "@/lib/tracking/redirect-service";
import { resolveRedirect } from "@/lib/tracking/resolve-redirect";
import { otherMethods } from "@/lib/api/method-not-allowed";

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const h = request.headers;
  const outcome = await resolveRedirect(redirectDeps(), code, {
    ip: clientAddress(h),
    userAgent: h.get("user-agent"),
    referrer: h.get("referer"),
    country: h.get(env().CLICK_COUNTRY_HEADER),
  });
  switch (outcome.kind) {
    case "redirect":
      return new Response(null, {
        status: 302,
        headers: { location: outcome.location, "cache-control": "no-store" },
      });
    case "not_found": {
      const locale = resolveLocale(
        request.cookies.get(LOCALE_COOKIE)?.value,
        h.get("accept-language"),
      );
      return new Response(linkNotFoundPage(locale), {
        status: 404,
        headers: {
          "content-type": "text/html; charset=utf-8",
          "cache-control": "no-store",
          "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
        },
      });
    }
    case "unavailable":
      log.warn({ reason: outcome.reason }, "click not recorded: answered 503");
      return new Response("Service unavailable, please retry.", {
        status: 503,
        headers: { "retry-after": "1", "cache-control": "no-store" },
      });
  }
}

// the methods this route does not take: 405 with Allow (lib/api/method-not-allowed.ts).
// HEAD among them: it would otherwise run GET (Next answers HEAD with the GET handler)
// and record a click for every link unfurler or prefetcher that only looks.
export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(
  { GET },
  { refuseHead: true },
);
