import { describe, expect, it } from "vitest";
import { reviewReasons } from "./review-reasons.ts";

const base = {
  amount: 1_000_000,
  currency: "KRW",
  confidence: "HIGH",
  creatorCompletedMatches: 3,
  note: null,
};

describe("reviewReasons", () => {
  it("flags an offer above the threshold, not one equal to it", () => {
    expect(reviewReasons({ ...base, amount: 5_000_001 }, 5_000_000).map((r) => r.code)).toEqual([
      "ABOVE_BUDGET_THRESHOLD",
    ]);
    expect(reviewReasons({ ...base, amount: 5_000_000 }, 5_000_000).map((r) => r.code)).toEqual([
      "FLAGGED",
    ]);
    expect(reviewReasons({ ...base, amount: 7_000_000 }, 5_000_000)[0].label).toBe(
      "Offer ₩7,000,000 is above the ₩5,000,000 review threshold",
    );
  });

  it("lists every reason that applies", () => {
    const reasons = reviewReasons(
      { ...base, amount: 9_000_000, confidence: "LOW", creatorCompletedMatches: 0 },
      5_000_000,
    );
    expect(reasons.map((r) => r.code)).toEqual([
      "ABOVE_BUDGET_THRESHOLD",
      "LOW_CONFIDENCE",
      "NEW_CREATOR",
    ]);
  });

  it("names an earlier rejection first and every serious risk, beside the rules", () => {
    const reasons = reviewReasons(
      {
        ...base,
        amount: 9_000_000,
        rejectedBefore: true,
        seriousRisks: ["fake_followers", "stale_channel"],
      },
      5_000_000,
    );
    expect(reasons.map((r) => [r.code, r.label])).toEqual([
      [
        "REJECTED_BEFORE",
        "An admin rejected an earlier proposal to this creator for this campaign",
      ],
      ["ABOVE_BUDGET_THRESHOLD", "Offer ₩9,000,000 is above the ₩5,000,000 review threshold"],
      ["SERIOUS_RISK", "Serious risk: fake_followers"],
      ["SERIOUS_RISK", "Serious risk: stale_channel"],
    ]);
  });

  it("keeps the stored note when no rule explains the flag", () => {
    expect(reviewReasons({ ...base, note: "Brand asked for a manual check" }, 5_000_000)).toEqual([
      { code: "FLAGGED", label: "Brand asked for a manual check" },
    ]);
  });
});
