import { describe, expect, it } from "vitest";
import type { CreatorIndex } from "../engine/creator-index.ts";
import { getRankedOrder, keepRankedOrder, MAX_ORDERS_PER_INDEX } from "./ranked-order-cache.ts";

describe("ranked-order cache bounds", () => {
  it("keeps at most MAX_ORDERS_PER_INDEX orders per index, however small, dropping the oldest", () => {
    const index = {} as CreatorIndex; // only an identity to key the cache
    const tiny = { slots: new Int32Array(0), total: 0 };
    const n = MAX_ORDERS_PER_INDEX + 500;
    for (let i = 0; i < n; i++) keepRankedOrder(index, `narrow-search-${i}`, tiny);
    let kept = 0;
    for (let i = 0; i < n; i++) if (getRankedOrder(index, `narrow-search-${i}`)) kept++;
    expect(kept).toBeLessThanOrEqual(MAX_ORDERS_PER_INDEX);
    expect(getRankedOrder(index, "narrow-search-0")).toBeUndefined();
    expect(getRankedOrder(index, `narrow-search-${n - 1}`)).toBe(tiny);
  });

  it("counts an order's slots against the byte budget: deep orders evict each other first", () => {
    const index = {} as CreatorIndex;
    const deep = (k: number) => ({ slots: new Int32Array(10_100).fill(k), total: 100_000 });
    // 16 MB / ~40 KB each: far fewer than the entry cap fit
    for (let i = 0; i < 1_000; i++) keepRankedOrder(index, `deep-${i}`, deep(i));
    let kept = 0;
    for (let i = 0; i < 1_000; i++) if (getRankedOrder(index, `deep-${i}`)) kept++;
    expect(kept).toBeGreaterThan(300);
    expect(kept).toBeLessThan(420);
  });
});
