import { describe, expect, it } from "vitest";
import { formatCsv } from "./format-csv.ts";

describe("formatCsv", () => {
  it("quotes, escapes, defuses formulas and keeps numbers as they are", () => {
    expect(
      formatCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["=SUM(A1)", -5n],
          [null, "세럼"],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),-5\r\n,세럼\r\n');
  });

  it("writes a negative amount given as text as a number, but defuses -formulas", () => {
    expect(formatCsv(["a", "b"], [["-12000", "-1+2"]])).toBe("\uFEFFa,b\r\n-12000,'-1+2\r\n");
  });
});
