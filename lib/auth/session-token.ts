// Reads the claims of the next-auth session cookie without touching the database
// (next-auth would also read an `Authorization: Bearer` JWT, but API requests with a
// Bearer header never get here: lib/auth/request-user.ts treats it as an API token): cheap enough to run before the rate limit, which keys
// signed-in callers by user id. Whether the session still counts is decided later by
// loadSessionUser (revocation is a database fact, not a JWT one).
import { getToken } from "next-auth/jwt";
import { env } from "../env.ts";

export type SessionClaims = { userId: string; sessionId: string | null };

type CookieSource = Parameters<typeof getToken>[0]["req"];

export async function readSessionClaims(req: {
  cookies: unknown;
  headers: unknown;
}): Promise<SessionClaims | null> {
  const token = await getToken({ req: req as CookieSource, secret: env().NEXTAUTH_SECRET });
  if (!token?.sub) return null;
  return { userId: token.sub, sessionId: typeof token.sid === "string" ? token.sid : null };
}
