import { describe, expect, it } from "vitest";
import { array, field, ts } from "./copy-rows.ts";
import { Rng } from "../random/seeded-random.ts";

describe("COPY text format", () => {
  it("escapes what COPY treats specially and writes NULL as \\N", () => {
    expect(field("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(field("plain ₩1,000")).toBe("plain ₩1,000");
    expect(field(null)).toBe("\\N");
    expect(field(undefined)).toBe("\\N");
    expect(field(Number.NaN)).toBe("\\N");
    expect(field(true)).toBe("t");
    expect(field(0.125)).toBe("0.125");
  });

  it("quotes array elements so commas, quotes and backslashes survive", () => {
    expect(array([])).toBe("{}");
    expect(array(["a", 'b"c', "d,e", "f\\g"])).toBe('{"a","b\\"c","d,e","f\\\\g"}');
    // the array literal then goes through COPY escaping: the backslashes double again
    expect(field(array(["f\\g"]))).toBe('{"f\\\\\\\\g"}');
  });

  it("formats timestamps exactly like Date#toISOString", () => {
    const r = Rng.fromKey("ts");
    const samples = [
      0,
      86_399_999,
      Date.UTC(2026, 10, 21),
      1_795_000_000_123.75,
      ...Array.from({ length: 5000 }, () => Math.floor(r.uniform(0, 4.1e12))),
    ];
    expect(samples.filter((ms) => ts(ms) !== new Date(ms).toISOString())).toEqual([]);
    expect(ts(null)).toBeNull();
  });
});
