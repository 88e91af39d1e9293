// Builds real requests for route handlers in integration tests: a NextRequest carrying
// a next-auth session cookie signed with the app's secret, exactly as a browser sends it.
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";

export async function sessionCookieFor(userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId }, secret: env().NEXTAUTH_SECRET });
  return `next-auth.session-token=${token}`;
}

type RequestOptions = { method?: string; userId?: string; body?: unknown; rawBody?: string };

export async function apiRequest(path: string, opts: RequestOptions = {}): Promise<NextRequest> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.userId) headers.cookie = await sessionCookieFor(opts.userId);
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
