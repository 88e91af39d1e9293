// Webhook signatures, Stripe-style. The shop's server sends
//   X-CreatorMatch-Brand: <brand id>
//   X-CreatorMatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>
// where the HMAC is keyed with the brand's secret over `${t}.${rawBody}` (the exact
// bytes sent). Binding the time into the MAC makes a captured request useless after
// the tolerance; comparing in constant time leaks nothing about the expected MAC.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-creatormatch-signature";
export const BRAND_HEADER = "x-creatormatch-brand";
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export function signPayload(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex");
}

/** The header value a sender puts on a body (the tests, and the README's example). */
export function signatureHeader(secret: string, rawBody: string, timestamp: number): string {
  return `t=${timestamp},v1=${signPayload(secret, timestamp, rawBody)}`;
}

type Parsed = { timestamp: number; signatures: string[] };

export function parseSignatureHeader(value: string | null): Parsed | null {
  if (!value || value.length > 1_000) return null;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of value.split(",")) {
    const [k, v] = part.trim().split("=", 2);
    if (k === "t" && /^\d{1,12}$/.test(v ?? "")) timestamp = Number(v);
    else if (k === "v1" && /^[0-9a-f]{64}$/.test(v ?? "")) signatures.push(v);
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

export type Verdict = "ok" | "malformed" | "stale" | "mismatch";

/** Whether `header` signs `rawBody` with `secret` within the tolerance of `nowSeconds`. */
export function verifySignature(
  secret: string,
  rawBody: string,
  header: string | null,
  nowSeconds: number,
): Verdict {
  const parsed = parseSignatureHeader(header);
  if (!parsed) return "malformed";
  if (Math.abs(nowSeconds - parsed.timestamp) > SIGNATURE_TOLERANCE_SECONDS) return "stale";
  const expected = Buffer.from(signPayload(secret, parsed.timestamp, rawBody), "hex");
  // Any v1 may match (a sender may send two while rotating); each compared in constant time.
  const ok = parsed.signatures.some((s) => timingSafeEqual(Buffer.from(s, "hex"), expected));
  return ok ? "ok" : "mismatch";
}
