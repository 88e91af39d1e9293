// Codes people see: link codes in /r/{code} and promo codes typed at checkout. Both
// come from the CSPRNG, so nobody can walk the space to find other creators' links.
import { randomInt } from "node:crypto";

// Letters and digits only: URL-safe without escaping and unambiguous when copied.
const LINK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
// Promo codes are read aloud and typed: upper case, without 0/O and 1/I/L.
const PROMO_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** 10 characters of base 62: ~59.5 bits, short enough for a video description. */
export const LINK_CODE_LENGTH = 10;
export const LINK_CODE_PATTERN = /^[0-9A-Za-z]{10}$/;
export const PROMO_CODE_LENGTH = 8;

function randomString(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export function generateLinkCode(): string {
  return randomString(LINK_ALPHABET, LINK_CODE_LENGTH);
}

/** 8 characters of base 31: ~40 bits (a promo code is also checked against its brand). */
export function generatePromoCode(): string {
  return randomString(PROMO_ALPHABET, PROMO_CODE_LENGTH);
}
