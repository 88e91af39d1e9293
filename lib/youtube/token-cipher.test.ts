import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptToken, encryptToken, parseEncryptionKey } from "./token-cipher";

const key = randomBytes(32);

describe("token cipher", () => {
  it("round-trips and never stores the token in clear", () => {
    const sealed = encryptToken("ya29.secret-token", key);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("secret");
    expect(decryptToken(sealed, key)).toBe("ya29.secret-token");
  });

  it("uses a fresh nonce for every value", () => {
    expect(encryptToken("same", key)).not.toBe(encryptToken("same", key));
  });

  it("refuses a tampered value and a wrong key", () => {
    const sealed = encryptToken("ya29.secret-token", key);
    const parts = sealed.split(".");
    const body = Buffer.from(parts[2]!, "base64url");
    body[0] ^= 1;
    parts[2] = body.toString("base64url");
    expect(() => decryptToken(parts.join("."), key)).toThrow();
    expect(() => decryptToken(sealed, randomBytes(32))).toThrow();
    expect(() => decryptToken("plain-token", key)).toThrow("not an encrypted token");
  });

  it("insists on a 32-byte key", () => {
    expect(parseEncryptionKey(key.toString("base64"))).toEqual(key);
    expect(() => parseEncryptionKey(randomBytes(16).toString("base64"))).toThrow("32 bytes");
  });
});
