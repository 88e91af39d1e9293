// Resolves the user of an API request from the next-auth session cookie (a signed JWT
// whose `sub` is our user id). Works on any NextRequest, so route handlers can be
// exercised in integration tests with a real, signed session cookie.
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "../env.ts";
import { loadSessionUser, type SessionUser } from "./session-user.ts";

export async function getRequestUser(req: NextRequest): Promise<SessionUser | null> {
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (!token?.sub) return null;
  return loadSessionUser(token.sub);
}
