import { describe, expect, it } from "vitest";
import { roas, roi } from "./ratios.ts";

describe("roi / roas", () => {
  it("follows ROI = (revenue − cost) / cost and ROAS = revenue / cost", () => {
    expect(roi(3_000_000, 1_000_000)).toBe(2);
    expect(roas(3_000_000, 1_000_000)).toBe(3);
    expect(roi(500_000, 1_000_000)).toBe(-0.5);
    expect(roas(500_000, 1_000_000)).toBe(0.5);
  });

  it("is undefined, not infinite, when nothing was spent", () => {
    expect(roi(1_000, 0)).toBeNull();
    expect(roas(1_000, 0)).toBeNull();
  });
});
