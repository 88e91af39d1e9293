// The Content-Security-Policy of every page, built per request around a fresh nonce
// (proxy.ts). Next.js reads the nonce from the request's CSP header and puts it on its
// own inline bootstrap scripts; 'strict-dynamic' then lets those load the chunks they
// need, so no script runs that the server did not hand out in this response.
export function contentSecurityPolicy(nonce: string, opts: { development: boolean }): string {
  return [
    "default-src 'self'",
    // React's dev build evaluates code for its debugging aids; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts, next/font) carry no script: left open.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    // Sign-in and sign-out post to our own next-auth routes (by fetch) and then navigate
    // to Google; no form of ours submits anywhere else.
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and fresh per response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
