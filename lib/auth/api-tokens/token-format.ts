// The token string and its hash. A token is `cm_live_<prefix>_<secret>`: the prefix (12
// base62 characters, ~71 bits) is public and finds the row; the secret (43 base62
// characters, ~256 bits) is shown once and only its SHA-256 is stored. The fixed
// `cm_live_` start lets secret scanners and people recognise a leaked token.
//
// Why SHA-256 and not bcrypt/scrypt: slow hashes protect *low-entropy* secrets
// (passwords) against guessing. A 256-bit random secret cannot be guessed at any hash
// speed, so a slow hash would buy nothing and cost ~100 ms of CPU on the request thread
// for every API call (and bcrypt reads only 72 bytes). A fast, unsalted hash of a
// uniformly random secret is the standard for API keys (GitHub, Stripe do the same).
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_START = "cm_live_";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const PREFIX_LENGTH = 12;
const SECRET_LENGTH = 43;
const TOKEN_PATTERN = new RegExp(
  `^${TOKEN_START}([0-9A-Za-z]{${PREFIX_LENGTH}})_([0-9A-Za-z]{${SECRET_LENGTH}})$`,
);

/** Uniform base62 from random bytes (rejection sampling: 248 = 4 x 62 keeps it unbiased). */
function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

export function hashSecret(secret: string): Buffer {
  return createHash("sha256").update(secret, "utf8").digest();
}

export function generateApiToken(): { token: string; prefix: string; secretHash: Buffer } {
  const prefix = randomBase62(PREFIX_LENGTH);
  const secret = randomBase62(SECRET_LENGTH);
  return { token: `${TOKEN_START}${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

/** The prefix and secret of a well-formed token, else null (no database work for junk). */
export function parseApiToken(token: string): { prefix: string; secret: string } | null {
  const m = TOKEN_PATTERN.exec(token);
  return m ? { prefix: m[1]!, secret: m[2]! } : null;
}

export function displayPrefix(prefix: string): string {
  return `${TOKEN_START}${prefix}`;
}
