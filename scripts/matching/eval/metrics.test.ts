import { describe, expect, it } from "vitest";
import { gradeByUtility, ndcgAtK, precisionAtK } from "./metrics.ts";

describe("eval metrics", () => {
  it("grades the top 1% / 3% / 10% with minimum counts, never infeasible ones", () => {
    const utilities = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    utilities[5] = 0;
    const g = gradeByUtility(utilities);
    expect(g.filter((x) => x === 3)).toHaveLength(10);
    expect(g.filter((x) => x === 2)).toHaveLength(20);
    expect(g.filter((x) => x === 1)).toHaveLength(70);
    expect(g[5]).toBe(0);
    expect(g[0]).toBe(3);
    expect(g[10]).toBe(3); // the 10th feasible one
  });

  it("NDCG@k: 1 for the ideal order, hand-computed otherwise", () => {
    const grades = [3, 2, 0, 1];
    expect(ndcgAtK([0, 1, 3, 2], grades, 3)).toBe(1);
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAtK([2, 1, 0], grades, 3)).toBeCloseTo((0 + 3 / Math.log2(3) + 7 / 2) / ideal, 12);
    expect(ndcgAtK([0], [0, 0], 3)).toBe(0);
  });

  it("precision@k counts a short list's missing places as misses", () => {
    expect(precisionAtK([0, 1, 2], [3, 2, 1], 10)).toBe(0.2);
    expect(precisionAtK([0, 1, 2], [3, 2, 1], 2, 1)).toBe(1);
  });
});
