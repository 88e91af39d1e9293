import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignature } from "./signature.ts";

const SECRET = "whsec_test";
const BODY = '{"orderId":"A-1","occurredAt":"2026-12-01T10:00:00Z","amount":1000}';
const NOW = 1_800_000_000;

describe("webhook signature", () => {
  it("accepts its own signature within five minutes, either way", () => {
    expect(verifySignature(SECRET, BODY, signatureHeader(SECRET, BODY, NOW), NOW)).toBe("ok");
    expect(verifySignature(SECRET, BODY, signatureHeader(SECRET, BODY, NOW - 300), NOW)).toBe("ok");
    expect(verifySignature(SECRET, BODY, signatureHeader(SECRET, BODY, NOW + 300), NOW)).toBe("ok");
  });

  it("refuses an old or future timestamp, another body, another secret, junk", () => {
    expect(verifySignature(SECRET, BODY, signatureHeader(SECRET, BODY, NOW - 301), NOW)).toBe(
      "stale",
    );
    expect(verifySignature(SECRET, BODY, signatureHeader(SECRET, BODY, NOW + 301), NOW)).toBe(
      "stale",
    );
    expect(verifySignature(SECRET, BODY + " ", signatureHeader(SECRET, BODY, NOW), NOW)).toBe(
      "mismatch",
    );
    expect(verifySignature(SECRET, BODY, signatureHeader("other", BODY, NOW), NOW)).toBe(
      "mismatch",
    );
    for (const junk of [null, "", "t=1", "v1=abc", `t=x,v1=${"0".repeat(64)}`]) {
      expect(verifySignature(SECRET, BODY, junk, NOW)).toBe("malformed");
    }
  });

  it("is the HMAC-SHA256 of `${t}.${body}` in hex (what the README's openssl line computes)", () => {
    // echo -n '1.{}' | openssl dgst -sha256 -hmac k
    expect(signatureHeader("k", "{}", 1)).toBe(
      "t=1,v1=3dd49b2593d0f9a349e9e71c4bde3e2b862c2be4003fe9b4ba81332029310158",
    );
  });
});
