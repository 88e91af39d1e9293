import { describe, expect, it } from "vitest";
import { profileCompleteness } from "./profile-completeness";

const empty = {
  channel: null,
  audience: false,
  categories: 0,
  region: false,
  languages: 0,
  rates: 0,
};

describe("profileCompleteness", () => {
  it("is 0 for an empty profile and 100 for a complete verified one", () => {
    expect(profileCompleteness(empty).percent).toBe(0);
    expect(
      profileCompleteness({
        channel: "verified",
        audience: true,
        categories: 2,
        region: true,
        languages: 1,
        rates: 1,
      }).percent,
    ).toBe(100);
  });

  it("gives typed figures less than verified ones", () => {
    const typed = profileCompleteness({ ...empty, channel: "estimated" });
    const verified = profileCompleteness({ ...empty, channel: "verified" });
    expect(typed.percent).toBeLessThan(verified.percent);
    expect(typed.parts.map((p) => p.key)).toEqual([
      "channel",
      "audience",
      "categories",
      "region",
      "languages",
      "rates",
    ]);
    expect(typed.parts.reduce((s, p) => s + p.points, 0)).toBe(100);
  });
});
