import { describe, expect, it } from "vitest";
import { defaultRankingSort } from "./default-ranking-sort.ts";

describe("defaultRankingSort", () => {
  it("starts a store visit near a place by value per won, anything else by fit", () => {
    const visit = (regions: string[]) => ({ type: "STORE_VISIT", targetAudience: { regions } });
    expect(defaultRankingSort(visit(["부산 해운대구"]))).toBe("value");
    // a visit with no place: nothing near to buy, fit as usual
    expect(defaultRankingSort(visit([]))).toBe("score");
    expect(
      defaultRankingSort({ type: "SPONSORED_VIDEO", targetAudience: { regions: ["Seoul"] } }),
    ).toBe("score");
  });
});
