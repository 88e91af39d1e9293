import { describe, expect, it } from "vitest";
import { auc, logLoss } from "./metrics.ts";
import { Ftrl } from "./ftrl.ts";

describe("auc", () => {
  it("is 1 for a perfect ranking, 0.5 for constant scores, and handles ties", () => {
    expect(auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
    expect(auc([1, 0, 1, 0], [0.9, 0.8, 0.3, 0.1])).toBe(0.75);
    expect(auc([1, 1], [0.1, 0.2])).toBeNaN();
  });
});

describe("logLoss", () => {
  it("is the mean negative log-likelihood", () => {
    expect(logLoss([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2), 12);
    expect(logLoss([1], [1])).toBeCloseTo(0, 10);
  });
});

describe("Ftrl", () => {
  it("learns a feature that predicts the click", () => {
    const m = new Ftrl(8);
    const idx = new Uint32Array([0, 7]);
    const other = new Uint32Array([0, 9]);
    for (let i = 0; i < 2000; i++) {
      m.learn(idx, 2, i % 10 < 8 ? 1 : 0);
      m.learn(other, 2, i % 10 < 1 ? 1 : 0);
    }
    expect(m.predict(idx, 2)).toBeGreaterThan(0.7);
    expect(m.predict(other, 2)).toBeLessThan(0.2);
  });
});
