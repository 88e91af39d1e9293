// Small pure pieces of the request edge: request ids, client addresses, the CSP.
import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.ts";
import { contentSecurityPolicy, newNonce } from "./content-security-policy.ts";
import { requestIdFrom } from "./request-id.ts";

describe("requestIdFrom", () => {
  it("keeps a short, plain id and replaces anything else", () => {
    expect(requestIdFrom("abc-123:x.y_z")).toBe("abc-123:x.y_z");
    for (const bad of [null, "", "x".repeat(65), "a b", "a\nb", "ü", "a/b"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("clientAddress", () => {
  it("takes the last forwarded hop, the one our own proxy wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress(new Headers({ "x-real-ip": "10.0.0.8" }))).toBe("10.0.0.8");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce in production, and forms only to the site", () => {
    const csp = contentSecurityPolicy("abc", { development: false });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("form-action 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("abc", { development: true })).toContain("'unsafe-eval'");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
