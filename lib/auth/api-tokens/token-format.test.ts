import { describe, expect, it } from "vitest";
import { displayPrefix, generateApiToken, hashSecret, parseApiToken } from "./token-format";

describe("API token format", () => {
  it("generates cm_live_<12>_<43> tokens whose secret hashes to the stored hash", () => {
    const { token, prefix, secretHash } = generateApiToken();
    expect(token).toMatch(/^cm_live_[0-9A-Za-z]{12}_[0-9A-Za-z]{43}$/);
    const parsed = parseApiToken(token);
    expect(parsed?.prefix).toBe(prefix);
    expect(hashSecret(parsed!.secret).equals(secretHash)).toBe(true);
    expect(token.startsWith(displayPrefix(prefix) + "_")).toBe(true);
  });

  it("never repeats a prefix or secret across many tokens", () => {
    const tokens = Array.from({ length: 2000 }, () => generateApiToken().token);
    expect(new Set(tokens.map((t) => t.slice(8, 20))).size).toBe(2000);
    expect(new Set(tokens).size).toBe(2000);
  });

  it("refuses anything that is not exactly a token", () => {
    const { token } = generateApiToken();
    for (const bad of [
      "",
      token.slice(0, -1),
      token + "x",
      token.replace("cm_live_", "cm_test_"),
      token.replace(/_([^_]*)$/, "-$1"),
      ` ${token}`,
      "eyJhbGciOiJIUzI1NiJ9.e30.sig",
    ]) {
      expect(parseApiToken(bad)).toBeNull();
    }
  });
});
