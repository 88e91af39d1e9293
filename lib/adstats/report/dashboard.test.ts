import { describe, expect, it } from "vitest";
import { zeroFill } from "./dashboard.ts";

describe("zeroFill", () => {
  it("fills every day of the range, keeping the rows that exist", () => {
    const row = { key: "2014-10-22", impressions: 10, clicks: 2, ctr: 0.2 };
    expect(zeroFill([row], "day", "2014-10-21", "2014-10-23")).toEqual([
      { key: "2014-10-21", impressions: 0, clicks: 0, ctr: 0 },
      row,
      { key: "2014-10-23", impressions: 0, clicks: 0, ctr: 0 },
    ]);
  });

  it("fills 24 hours a day in the report's hour format", () => {
    const out = zeroFill([], "hour", "2014-10-21", "2014-10-21");
    expect(out).toHaveLength(24);
    expect(out[0].key).toBe("2014-10-21T00:00:00Z");
    expect(out[23].key).toBe("2014-10-21T23:00:00Z");
  });
});
