import { describe, expect, it } from "vitest";
import { median, quantile, weightedQuantiles } from "./stats.ts";

describe("quantiles", () => {
  it("match the usual definitions with equal weights", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(median([])).toBeNaN();
  });

  it("weights pull the quantile toward heavy points", () => {
    // positions: 1 at 0.1, 2 at 0.3, 10 at 0.7 of the total weight 5 (1, 1, 3)
    const [m] = weightedQuantiles([1, 2, 10], [1, 1, 3], [0.5]);
    expect(m).toBeCloseTo(2 + (0.2 / 0.4) * 8, 12);
  });
});
