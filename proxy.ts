// Runs before every page request (and next-auth's /api/auth endpoints):
// - gives each request an id (a caller's X-Request-Id only when short and plain; logged
//   by lib/api/route.ts, returned as x-request-id);
// - sets the page's Content-Security-Policy around a fresh script nonce (Next.js reads
//   it from the request header and stamps its own scripts with it);
// - refuses server-action posts from another origin, or with arguments that are not
//   plain JSON, with a 4xx before Next decodes them (Next would answer 500);
// - passes the path on so that server components can send an anonymous visitor back to
//   where they were after sign-in;
// - marks next-auth's answers no-store.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "./lib/api/content-security-policy.ts";
import { refuseBadServerAction } from "./lib/api/server-action-guard.ts";
import { requestIdFrom } from "./lib/api/request-id.ts";
import { env } from "./lib/env.ts";

export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const refused = await refuseBadServerAction(request, env().NEXTAUTH_URL, requestId);
  if (refused) return refused;

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  if (request.nextUrl.pathname.startsWith("/api/"))
    response.headers.set("cache-control", "no-store");
  return response;
}

// Not our API routes: lib/api/route.ts gives them the same request id, no-store and
// origin checks itself, and a JSON answer needs no CSP nonce; running the proxy too
// cost 0.7 ms of the request thread per call (/api/health: 2.0 → 1.3 ms of CPU).
// It also keeps the ad-log upload streaming: with a proxy in front, Next.js buffers a
// request body in memory and cuts it off at 10 MB (experimental.proxyClientMaxBodySize).
// Not the tracking redirect /r/ (and its bench ceiling /bench/r/): the hot path answers
// a 302 or a script-free 404 page with its own CSP, so a nonce, a request id and a copy
// of the headers per click would be pure cost.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/(?!auth/)|r/|bench/r/).*)"],
};
