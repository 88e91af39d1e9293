import { describe, expect, it } from "vitest";
import { onboardingSteps } from "./onboarding-steps.ts";

const noRates = { perVideo: null, perShort: null, perVisit: null };

describe("onboardingSteps", () => {
  it("marks every step to do for an empty profile", () => {
    const steps = onboardingSteps({
      channelCount: 0,
      categories: [],
      region: null,
      rateCard: noRates,
    });
    expect(steps.map((s) => [s.key, s.done])).toEqual([
      ["CONNECT_CHANNEL", false],
      ["PROFILE", false],
      ["RATE_CARD", false],
    ]);
  });

  it("needs both categories and a region for the profile step", () => {
    const onlyCategories = onboardingSteps({
      channelCount: 1,
      categories: ["beauty"],
      region: null,
      rateCard: noRates,
    });
    expect(onlyCategories.find((s) => s.key === "PROFILE")?.done).toBe(false);
    const both = onboardingSteps({
      channelCount: 1,
      categories: ["beauty"],
      region: "Seoul",
      rateCard: noRates,
    });
    expect(both.find((s) => s.key === "PROFILE")?.done).toBe(true);
    expect(both.find((s) => s.key === "CONNECT_CHANNEL")?.done).toBe(true);
  });

  it("counts any positive rate as a rate card", () => {
    const steps = onboardingSteps({
      channelCount: 1,
      categories: ["food"],
      region: "Busan",
      rateCard: { perVideo: null, perShort: 300_000, perVisit: null },
    });
    expect(steps.every((s) => s.done)).toBe(true);
  });
});
