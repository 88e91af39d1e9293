import { describe, expect, it } from "vitest";
import { lastMonthKeys, monthKey, zeroFill } from "./month-buckets.ts";

describe("month buckets", () => {
  it("uses Korea time for the month boundary", () => {
    // 2025-01-31 16:00 UTC is already 1 February in Seoul (UTC+9)
    expect(monthKey(new Date("2025-01-31T16:00:00Z"))).toBe("2025-02");
    expect(monthKey(new Date("2025-01-31T14:59:59Z"))).toBe("2025-01");
  });

  it("lists the last N months oldest first, across a year boundary", () => {
    expect(lastMonthKeys(new Date("2025-02-10T00:00:00Z"), 4)).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
    expect(lastMonthKeys(new Date("2025-12-10T00:00:00Z"), 12)).toHaveLength(12);
    expect(lastMonthKeys(new Date("2025-12-10T00:00:00Z"), 12)[0]).toBe("2025-01");
  });

  it("fills months without rows with zeros and drops rows outside the buckets", () => {
    const keys = ["2025-01", "2025-02", "2025-03"];
    const rows = [
      { month: "2025-02", revenue: 10, cost: 4 },
      { month: "2024-12", revenue: 99, cost: 99 },
    ];
    expect(zeroFill(keys, rows, ["revenue", "cost"] as const)).toEqual([
      { x: "2025-01", revenue: 0, cost: 0 },
      { x: "2025-02", revenue: 10, cost: 4 },
      { x: "2025-03", revenue: 0, cost: 0 },
    ]);
  });
});
