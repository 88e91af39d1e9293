// Runs before every page and API request: gives each request an id (logged by
// lib/api/route.ts, returned as x-request-id) and passes the path on so that server
// components can send an anonymous visitor back to where they were after sign-in.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const requestId = headers.get("x-request-id") ?? crypto.randomUUID();
  headers.set("x-request-id", requestId);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

// Not the ad-log upload: with a proxy in front, Next.js buffers a request body in memory
// and cuts it off at 10 MB (experimental.proxyClientMaxBodySize); the upload route
// streams gigabytes and sets its own request id (lib/api/route.ts).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/adstats/imports).*)"],
};
