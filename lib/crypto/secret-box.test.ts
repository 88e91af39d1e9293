import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, openText, seal, sealText, secretBoxKey } from "./secret-box.ts";

describe("secret box (AES-256-GCM)", () => {
  const key = randomBytes(32);

  it("opens what it sealed, with a fresh nonce each time", () => {
    const a = seal("whsec_abc", key);
    const b = seal("whsec_abc", key);
    expect(a.equals(b)).toBe(false);
    expect(open(a, key).toString()).toBe("whsec_abc");
    expect(a.includes(Buffer.from("whsec_abc"))).toBe(false);
  });

  it("refuses a flipped byte, a wrong key and a foreign layout", () => {
    const box = seal("secret", key);
    const flipped = Buffer.from(box);
    flipped[flipped.length - 1] ^= 1;
    expect(() => open(flipped, key)).toThrow();
    expect(() => open(box, randomBytes(32))).toThrow();
    expect(() => open(Buffer.from([2, ...box.subarray(1)]), key)).toThrow(/unknown layout/);
  });

  it("as URL-safe text: round-trips, never shows the secret, refuses tampering", () => {
    const sealed = sealText("ya29.secret-token", key);
    expect(sealed).toMatch(/^[\w-]+$/);
    expect(sealed).not.toContain("secret");
    expect(openText(sealed, key)).toBe("ya29.secret-token");
    const bytes = Buffer.from(sealed, "base64url");
    bytes[bytes.length - 1] ^= 1;
    expect(() => openText(bytes.toString("base64url"), key)).toThrow();
  });

  it("insists on a 32-byte key", () => {
    expect(secretBoxKey(key.toString("base64"))).toEqual(key);
    expect(() => secretBoxKey(randomBytes(16).toString("base64"))).toThrow("32 bytes");
  });
});
