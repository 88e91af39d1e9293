// Secrets kept in the database (webhook signing secrets; OAuth tokens later) are sealed
// with AES-256-GCM: a fresh 96-bit nonce per seal, the auth tag checked on open, so a
// stolen dump or a flipped byte yields nothing. Layout of a box:
//   [1 byte version = 1][12 bytes nonce][16 bytes tag][ciphertext]
// The key is TOKEN_ENCRYPTION_KEY (32 bytes, base64); outside production a fixed
// dev-only key lets a newcomer run everything without configuration.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "../env.ts";

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

const DEV_ONLY_KEY = createHash("sha256").update("creator-match dev-only secret-box key").digest();

/** The 32-byte key: TOKEN_ENCRYPTION_KEY, or the dev-only one outside production. */
export function secretBoxKey(): Buffer {
  const e = env();
  if (e.TOKEN_ENCRYPTION_KEY) return Buffer.from(e.TOKEN_ENCRYPTION_KEY, "base64");
  if (e.NODE_ENV === "production") {
    throw new Error("TOKEN_ENCRYPTION_KEY is required in production (openssl rand -base64 32)");
  }
  return DEV_ONLY_KEY;
}

export function seal(plaintext: string | Uint8Array, key: Buffer = secretBoxKey()): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
}

/** The plaintext of a box sealed with `key`; throws when the box was altered or the key differs. */
export function open(box: Uint8Array, key: Buffer = secretBoxKey()): Buffer {
  const b = Buffer.from(box);
  if (b.length < 1 + NONCE_BYTES + TAG_BYTES || b[0] !== VERSION) {
    throw new Error("Not a sealed secret (unknown layout)");
  }
  const nonce = b.subarray(1, 1 + NONCE_BYTES);
  const tag = b.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, nonce);
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(b.subarray(1 + NONCE_BYTES + TAG_BYTES)),
    decipher.final(),
  ]);
}
