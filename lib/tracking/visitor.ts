// Who a click is, without storing who they are. A visitor is an HMAC of the IP address
// and the user agent under a secret salt: the raw IP never reaches the database, and
// without the salt the hash cannot be tested against the 2^32 IPv4 addresses.
//
// IP and user agent rather than the IP alone: mobile carriers (in Korea nearly all of
// them) put many phones behind one carrier-grade NAT address, and offices and cafés
// share one, so an IP-only key would merge different people into one click. A browser
// that changes its user agent within the hour counts twice; that is rare and errs on
// the side the brand can see.
import { createHmac } from "node:crypto";

const HOUR_MS = 3_600_000;

export function visitorHash(salt: string, ip: string, userAgent: string): string {
  return createHmac("sha256", salt).update(ip).update("\n").update(userAgent).digest("base64url");
}

/** The start of the UTC hour of `at`: the de-duplication window. */
export function hourBucket(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * The click id, derived from the de-duplication key (link, visitor, hour): a repeat
 * within the hour is redirected with the id of the click that was stored, so an order
 * quoting it is attributed, and the redirect needs no read to learn it. 96 bits, keyed
 * by the salt, so ids cannot be guessed from a link and an address.
 */
export function clickIdFor(salt: string, linkId: string, visitor: string, hour: Date): string {
  return createHmac("sha256", salt)
    .update(`click\n${linkId}\n${visitor}\n${hour.toISOString()}`)
    .digest("base64url")
    .slice(0, 16);
}
