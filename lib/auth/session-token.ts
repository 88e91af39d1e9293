// Reads the claims of the next-auth session cookie without touching the database
// (next-auth would also read an `Authorization: Bearer` JWT, but API requests with a
// Bearer header never get here: lib/auth/request-user.ts treats it as an API token): cheap enough to run before the rate limit, which keys
// signed-in callers by user id. Whether the session still counts is decided later by
// loadSessionUser (revocation is a database fact, not a JWT one).
import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { env } from "../env.ts";

export type SessionClaims = { userId: string; sessionId: string | null };

type CookieSource = Parameters<typeof getToken>[0]["req"];

export async function readSessionClaims(req: {
  cookies: unknown;
  headers: unknown;
}): Promise<SessionClaims | null> {
  const token = await getToken({
    req: req as CookieSource,
    secret: env().NEXTAUTH_SECRET,
    decode: decodeOnce,
  });
  if (!token?.sub) return null;
  return { userId: token.sub, sessionId: typeof token.sid === "string" ? token.sid : null };
}

// Decrypting a session JWT derives its key with HKDF first: ~1 ms of CPU on every
// request of a signed-in user, for the same few cookies over and over. The same token
// and secret always decrypt to the same claims, so they are kept (bounded) and only
// their expiry is checked again; revocation is the database's business either way.
const MAX_DECODED = 5_000;
const decoded = new Map<string, JWT>();

async function decodeOnce(params: JWTDecodeParams): Promise<JWT | null> {
  const key = `${params.secret}\u0000${params.token ?? ""}`;
  let claims = decoded.get(key);
  if (!claims) {
    const fresh = await decode(params);
    if (!fresh) return null;
    if (decoded.size >= MAX_DECODED) decoded.clear();
    decoded.set(key, (claims = fresh));
  }
  const exp = typeof claims.exp === "number" ? claims.exp : 0;
  if (exp * 1000 <= Date.now()) {
    decoded.delete(key);
    return null;
  }
  return claims;
}
