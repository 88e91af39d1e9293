// The signed-in user for server components, layouts and server actions.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { readSessionClaims } from "./session-token.ts";
import { loadUserOfSession, type SessionUser } from "./session-user.ts";

/** The session cookie's claims (no database work); memoised per request. */
export const getCurrentClaims = cache(async () =>
  readSessionClaims({ cookies: await cookies(), headers: await headers() }),
);

/** Memoised per request: layouts and pages may all ask. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await getCurrentClaims();
  return claims ? loadUserOfSession(claims) : null;
});
