import { describe, expect, it } from "vitest";
import { formNumber } from "./form-number";

describe("formNumber", () => {
  it("reads what people type into a number field", () => {
    expect(formNumber("1200000")).toBe(1_200_000);
    expect(formNumber(" 1,200,000 ")).toBe(1_200_000);
    expect(formNumber("12.5")).toBe(12.5);
    expect(formNumber("-3")).toBe(-3);
    expect(formNumber("")).toBeUndefined();
    expect(formNumber(null)).toBeUndefined();
  });
  it("gives NaN, for the schema to refuse, to anything else", () => {
    for (const text of ["0x10", "1e3", "12abc", "1,20,000", "1.2.3", "₩1000", "Infinity"])
      expect(formNumber(text)).toBeNaN();
  });
});
