import { describe, expect, it } from "vitest";
import { SqlParams, withCtes } from "./sql-params.ts";

describe("SqlParams", () => {
  it("numbers placeholders in the order parts add them, across parts", () => {
    const p = new SqlParams();
    const a = `a AS (SELECT ${p.add("x")}::text AS v)`;
    expect(p.next).toBe(2);
    p.addAll([1, 2]); // a helper that numbered $2 and $3 itself
    const b = `b AS (SELECT ${p.add(null)}::uuid AS v)`;
    expect(withCtes([a, b], "SELECT 1")).toBe(
      "WITH a AS (SELECT $1::text AS v),\nb AS (SELECT $4::uuid AS v)\nSELECT 1",
    );
    expect(p.values).toEqual(["x", 1, 2, null]);
  });

  it("leaves a statement without parts alone", () => {
    expect(withCtes([], "SELECT 1")).toBe("SELECT 1");
  });
});
