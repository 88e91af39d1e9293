// What a click records about where it came from, cleaned of what we must not keep.

const MAX_REFERRER = 512;

/**
 * Origin and path of the referring page, without query or fragment (they carry search
 * terms, e-mail addresses and session tokens we have no use for); null when absent or
 * not an http(s) URL.
 */
export function cleanReferrer(referrer: string | null | undefined): string | null {
  if (!referrer) return null;
  let url: URL;
  try {
    url = new URL(referrer);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return (url.origin + url.pathname).slice(0, MAX_REFERRER);
}

/** An ISO 3166 alpha-2 code from the CDN's header; "XX" (unknown) and "T1" (Tor) are none. */
export function cleanCountry(value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase();
  if (!code || !/^[A-Z]{2}$/.test(code) || code === "XX") return null;
  return code;
}
