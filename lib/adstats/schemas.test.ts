import { describe, expect, it } from "vitest";
import { AdFiltersSchema, filtersFromParams } from "./schemas.ts";

describe("AdFiltersSchema", () => {
  it("takes days of the calendar only, never rolling one over", () => {
    for (const day of ["2014-10-21", "2016-02-29", "2014-12-31"])
      expect(AdFiltersSchema.safeParse({ from: day, to: day }).success).toBe(true);
    for (const day of [
      "2014-02-30",
      "2015-02-29",
      "2014-04-31",
      "2014-13-01",
      "20141021",
      "2014-10-21T00:00:00Z",
    ]) {
      const r = AdFiltersSchema.safeParse({ from: day });
      expect(r.success, day).toBe(false);
      expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["from", "a day as YYYY-MM-DD"],
      ]);
    }
  });

  it("reads search params: blanks dropped, numbers strict", () => {
    expect(filtersFromParams({ from: " 2014-10-21 ", to: "", deviceType: "1" }).data).toEqual({
      from: "2014-10-21",
      deviceType: 1,
    });
    expect(filtersFromParams({ bannerPos: "0x1" }).success).toBe(false);
  });

  it("filters by any category the import stores, and nothing it could not", () => {
    // the import keeps a field of 1-64 characters but a comma: café, 한국어 and 💡 too
    for (const siteCategory of ["28905ebd", "café", "한국어", "💡", "a b"])
      expect(filtersFromParams({ siteCategory }).data).toEqual({ siteCategory });
    for (const siteCategory of ["a,b", "x".repeat(65), "tab\there"])
      expect(filtersFromParams({ siteCategory }).success).toBe(false);
  });
});
