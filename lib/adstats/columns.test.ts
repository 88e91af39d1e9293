import { describe, expect, it } from "vitest";
import { AVAZU_COLUMNS, COLUMN_KIND, TEXT_COLUMNS } from "./columns.ts";

describe("TEXT_COLUMNS", () => {
  it("names exactly the columns checked as text, in file order", () => {
    expect([...TEXT_COLUMNS]).toEqual(AVAZU_COLUMNS.filter((_, i) => COLUMN_KIND[i] === "text"));
  });
});
