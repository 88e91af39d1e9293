// The caller's address for per-client budgets of anonymous requests. The LAST
// x-forwarded-for hop is the one our own proxy (or Next.js, from the socket, when no
// proxy sent the header) wrote; earlier hops are whatever the client claimed and would
// let it pick a fresh budget per request.
export function clientAddress(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",") ?? [];
  return hops.at(-1)?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}
