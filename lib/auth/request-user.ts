// Who an API request speaks for: an API token (`Authorization: Bearer cm_live_...`) or
// the next-auth session cookie (a signed JWT whose `sub` is our user id and `sid` our
// session id). Works on any NextRequest, so route handlers can be exercised in
// integration tests with a real, signed cookie or a real token.
//
// A request that carries a Bearer credential is judged by that credential alone: its
// cookies are never read. That is what lets lib/api/route.ts skip the same-origin check
// for it: no ambient credential is used, and a page of another site cannot add an
// Authorization header to a request (it is not a CORS-safelisted header, and this app
// answers no preflight), so such a request was written by whoever holds the token.
import type { NextRequest } from "next/server";
import { resolveApiToken, type ApiTokenPrincipal } from "./api-tokens/resolve-api-token.ts";
import { readSessionClaims, type SessionClaims } from "./session-token.ts";
import { loadUserOfSession, type SessionUser } from "./session-user.ts";

export type RequestCaller =
  /** Authorization: Bearer with a live token. */
  | { kind: "token"; principal: ApiTokenPrincipal }
  /** Authorization: Bearer with anything else: unknown, revoked, malformed. */
  | { kind: "bad-token" }
  /** No bearer credential: the cookie's claims (not yet checked against user_sessions), if any. */
  | { kind: "cookie"; claims: SessionClaims | null };

/** The Bearer credential of a request, or null when it sends none (other schemes count as none). */
export function bearerCredential(headers: Headers): string | null {
  const value = headers.get("authorization");
  const m = value ? /^Bearer[ ]+(\S+)[ ]*$/i.exec(value) : null;
  if (m) return m[1]!;
  // "Bearer" with nothing usable after it is still a bearer attempt: refuse it as one.
  return value && /^Bearer\b/i.test(value) ? "" : null;
}

/**
 * Identifies the caller with at most one indexed query for a token and none for a
 * cookie (whose claims are verified by signature; the session row is checked by
 * userOfCaller), so that the rate limit can be keyed before the rest is done.
 */
export async function identifyCaller(req: NextRequest): Promise<RequestCaller> {
  const bearer = bearerCredential(req.headers);
  if (bearer !== null) {
    const principal = await resolveApiToken(bearer);
    return principal ? { kind: "token", principal } : { kind: "bad-token" };
  }
  return { kind: "cookie", claims: await readSessionClaims(req) };
}

/** The user a caller acts as: the token's brand manager view, or the live session's user. */
export async function userOfCaller(caller: RequestCaller): Promise<SessionUser | null> {
  if (caller.kind === "token") return caller.principal.user;
  if (caller.kind === "cookie" && caller.claims) return loadUserOfSession(caller.claims);
  return null;
}

export async function getRequestUser(req: NextRequest): Promise<SessionUser | null> {
  return userOfCaller(await identifyCaller(req));
}
