// Secrets kept in the database (webhook signing secrets, OAuth tokens, the consent
// cookie) are sealed with AES-256-GCM: a fresh 96-bit nonce per seal, the auth tag
// checked on open, so a stolen dump or a flipped byte yields nothing. Layout of a box:
//   [1 byte version = 1][12 bytes nonce][16 bytes tag][ciphertext]
// The key is TOKEN_ENCRYPTION_KEY (32 bytes, base64): lib/env.ts refuses to start in
// production without one and gives development and tests a fixed dev-only key.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "../env.ts";

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** The 32-byte key from TOKEN_ENCRYPTION_KEY. */
export function secretBoxKey(base64: string = env().TOKEN_ENCRYPTION_KEY): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error("TOKEN_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  return key;
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

/** A sealed box as URL-safe text, for text columns and cookies. */
export function sealText(plaintext: string, key: Buffer = secretBoxKey()): string {
  return seal(plaintext, key).toString("base64url");
}

/** The plaintext of sealText's output; throws when altered or sealed with another key. */
export function openText(sealed: string, key: Buffer = secretBoxKey()): string {
  return open(Buffer.from(sealed, "base64url"), key).toString("utf8");
}
