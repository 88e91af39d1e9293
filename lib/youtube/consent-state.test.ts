import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openConsentState, sealConsentState } from "./consent-state";

const key = randomBytes(32);

describe("consent state", () => {
  const { state, cookie } = sealConsentState(key, { verifier: "v", userId: "u1" }, 1_000);
  it("gives the verifier back to the same user for the same state", () => {
    expect(openConsentState(key, cookie, { state, userId: "u1" }, 2_000)).toBe("v");
  });
  it("refuses another user, another state, a stale or forged cookie", () => {
    expect(openConsentState(key, cookie, { state, userId: "u2" }, 2_000)).toBeNull();
    expect(openConsentState(key, cookie, { state: "other", userId: "u1" }, 2_000)).toBeNull();
    expect(openConsentState(key, cookie, { state, userId: "u1" }, 1_000 + 601_000)).toBeNull();
    expect(openConsentState(randomBytes(32), cookie, { state, userId: "u1" }, 2_000)).toBeNull();
    expect(openConsentState(key, undefined, { state, userId: "u1" }, 2_000)).toBeNull();
  });
});
