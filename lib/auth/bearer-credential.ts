// The `Authorization: Bearer` credential of a request (RFC 6750), read from headers only.
/** The Bearer credential of a request, or null when it sends none (other schemes count as none). */
export function bearerCredential(headers: Headers): string | null {
  const value = headers.get("authorization");
  const m = value ? /^Bearer[ ]+(\S+)[ ]*$/i.exec(value) : null;
  if (m) return m[1]!;
  // "Bearer" with nothing usable after it is still a bearer attempt: refuse it as one.
  return value && /^Bearer\b/i.test(value) ? "" : null;
}
