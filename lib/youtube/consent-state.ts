// The round trip through Google's consent screen: a random state and the PKCE verifier
// travel in a short-lived cookie sealed with the token key (confidential and tamper-
// proof), bound to the user who started it, so a code cannot be injected into
// somebody else's session (OAuth login CSRF).
import { randomBytes } from "node:crypto";
import { openText, sealText } from "../crypto/secret-box.ts";

export const CONSENT_COOKIE = "yt_consent";
export const CONSENT_TTL_SECONDS = 600;

type ConsentState = { state: string; verifier: string; userId: string; exp: number };

export function sealConsentState(
  key: Buffer,
  input: { verifier: string; userId: string },
  now = Date.now(),
): { state: string; cookie: string } {
  const state = randomBytes(24).toString("base64url");
  const payload: ConsentState = { state, ...input, exp: now + CONSENT_TTL_SECONDS * 1000 };
  return { state, cookie: sealText(JSON.stringify(payload), key) };
}

/** The verifier when the cookie is ours, fresh, of this user and for this state; else null. */
export function openConsentState(
  key: Buffer,
  cookie: string | undefined,
  expected: { state: string; userId: string },
  now = Date.now(),
): string | null {
  if (!cookie) return null;
  let payload: ConsentState;
  try {
    payload = JSON.parse(openText(cookie, key)) as ConsentState;
  } catch {
    return null;
  }
  const ok =
    payload.state === expected.state && payload.userId === expected.userId && payload.exp > now;
  return ok ? payload.verifier : null;
}
