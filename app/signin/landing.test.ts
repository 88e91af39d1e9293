import { describe, expect, it } from "vitest";
import { continueUrl, postSignInPath, safeCallbackPath } from "./landing.ts";

const ORIGIN = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query", () => {
    expect(safeCallbackPath("/campaigns/42?tab=matches", ORIGIN)).toBe("/campaigns/42?tab=matches");
    expect(safeCallbackPath("http://localhost:3000/admin", ORIGIN)).toBe("/admin");
  });

  it("drops other origins and protocol-relative or backslash tricks", () => {
    for (const url of [
      "https://evil.example/dashboard",
      "//evil.example/x",
      "/\\evil.example",
      "http://localhost:3001/dashboard",
      "javascript:alert(1)",
      // paths that only become protocol-relative once normalised
      "/.//evil.example",
      "/a/..//evil.example",
      "http://localhost:3000//evil.example",
      "http://localhost:3000/\\evil.example",
    ]) {
      expect(safeCallbackPath(url, ORIGIN), url).toBeNull();
    }
  });

  it("drops targets that would loop back into sign-in", () => {
    expect(safeCallbackPath("/signin", ORIGIN)).toBeNull();
    expect(safeCallbackPath("/signin/continue?callbackUrl=%2Fadmin", ORIGIN)).toBeNull();
    expect(safeCallbackPath("/api/auth/signout", ORIGIN)).toBeNull();
    expect(safeCallbackPath("/signing-rules", ORIGIN)).toBe("/signing-rules");
  });

  it("treats empty input as no target", () => {
    expect(safeCallbackPath(undefined, ORIGIN)).toBeNull();
    expect(safeCallbackPath("", ORIGIN)).toBeNull();
  });
});

describe("postSignInPath", () => {
  it("sends creators with unfinished onboarding to onboarding, even with a target", () => {
    expect(
      postSignInPath({
        home: "/creator",
        onboardingIncomplete: true,
        callbackPath: "/creator/inbox",
      }),
    ).toBe("/onboarding");
  });

  it("returns to the target, else to the role's home", () => {
    expect(
      postSignInPath({
        home: "/dashboard",
        onboardingIncomplete: false,
        callbackPath: "/campaigns/1",
      }),
    ).toBe("/campaigns/1");
    expect(
      postSignInPath({ home: "/admin", onboardingIncomplete: false, callbackPath: null }),
    ).toBe("/admin");
  });
});

describe("continueUrl", () => {
  it("carries the target through next-auth as one encoded parameter", () => {
    expect(continueUrl("/campaigns/1?tab=a&b=c")).toBe(
      "/signin/continue?callbackUrl=%2Fcampaigns%2F1%3Ftab%3Da%26b%3Dc",
    );
    expect(continueUrl(null)).toBe("/signin/continue");
  });
});
