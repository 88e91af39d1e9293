import { describe, expect, it } from "vitest";
import { onboardingProgress } from "./steps.ts";

describe("onboardingProgress", () => {
  it("marks earlier steps done, the stored step current and the rest upcoming", () => {
    expect(onboardingProgress("PROFILE").map((s) => [s.step, s.status])).toEqual([
      ["CONNECT_CHANNEL", "done"],
      ["PROFILE", "current"],
      ["RATE_CARD", "upcoming"],
    ]);
  });

  it("starts a new creator at connecting the channel", () => {
    expect(onboardingProgress("CONNECT_CHANNEL")[0]).toMatchObject({
      step: "CONNECT_CHANNEL",
      status: "current",
    });
  });

  it("has every step done when onboarding is complete", () => {
    expect(onboardingProgress("DONE").every((s) => s.status === "done")).toBe(true);
  });
});
