// Builds real requests for route handlers in integration tests: a NextRequest carrying
// a next-auth session cookie signed with the app's secret, exactly as a browser sends it.
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { createApiToken } from "@/lib/auth/api-tokens/create-api-token";
import type { ApiScope } from "@/lib/auth/api-tokens/schemas";
import { loadSessionUser } from "@/lib/auth/session-user";
import { createUserSession } from "@/lib/auth/user-sessions";
import { env } from "@/lib/env";

/** A session JWT as next-auth issues it at sign-in: our user id plus a live session row. */
export async function sessionTokenFor(userId: string, sessionId?: string): Promise<string> {
  const sid = sessionId ?? (await createUserSession(userId));
  return encode({ token: { sub: userId, sid }, secret: env().NEXTAUTH_SECRET });
}

/** The cookie of a new session of userId (one argument: usable as a .map callback). */
export async function sessionCookieFor(userId: string): Promise<string> {
  return `next-auth.session-token=${await sessionTokenFor(userId)}`;
}

/** The cookie of a given session of userId (revocation tests). */
export async function cookieForSession(userId: string, sessionId: string): Promise<string> {
  return `next-auth.session-token=${await sessionTokenFor(userId, sessionId)}`;
}

type RequestOptions = {
  method?: string;
  userId?: string;
  /** A session of userId to use instead of a new one (revocation tests). */
  sessionId?: string;
  body?: unknown;
  rawBody?: string;
  /** An API token to send as `Authorization: Bearer` (alone, or beside a cookie). */
  bearer?: string;
  /** Extra or replacing headers (content-type, origin, ...). */
  headers?: Record<string, string>;
};

export async function apiRequest(path: string, opts: RequestOptions = {}): Promise<NextRequest> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.userId) {
    headers.cookie = opts.sessionId
      ? await cookieForSession(opts.userId, opts.sessionId)
      : await sessionCookieFor(opts.userId);
  }
  if (opts.bearer !== undefined) headers.authorization = `Bearer ${opts.bearer}`;
  Object.assign(headers, opts.headers);
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  return new NextRequest(new URL(path, "http://localhost:3000"), {
    method: opts.method ?? "GET",
    headers,
    body,
  });
}

/** The route context Next.js passes to a handler: params as a promise. */
export function routeParams<T extends Record<string, string>>(params: T) {
  return { params: Promise.resolve(params) };
}

/** A new API token of brandId made by its manager userId, as the dashboard makes one. */
export async function apiTokenFor(
  userId: string,
  brandId: string,
  scopes: ApiScope[] = ["read", "write"],
): Promise<{ id: string; secret: string }> {
  const user = await loadSessionUser(userId);
  if (!user) throw new Error(`no user ${userId}`);
  const { token, secret } = await createApiToken(user, { brandId, name: "test token", scopes });
  return { id: token.id, secret };
}
