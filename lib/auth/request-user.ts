// Resolves the user of an API request from the next-auth session cookie (a signed JWT
// whose `sub` is our user id and `sid` our session id). Works on any NextRequest, so
// route handlers can be exercised in integration tests with a real, signed cookie.
import type { NextRequest } from "next/server";
import { readSessionClaims } from "./session-token.ts";
import { loadUserOfSession, type SessionUser } from "./session-user.ts";

export async function getRequestUser(req: NextRequest): Promise<SessionUser | null> {
  const claims = await readSessionClaims(req);
  return claims ? loadUserOfSession(claims) : null;
}
