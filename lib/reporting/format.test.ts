import { describe, expect, it } from "vitest";
import { dayKey, formatDuration, formatMoney, formatMultiple, formatPercent } from "./format.ts";

describe("format", () => {
  it("formats KRW minor units (whole won) with the ko-KR locale", () => {
    expect(formatMoney(1_234_000)).toBe("₩1,234,000");
    expect(formatMoney(0)).toBe("₩0");
    expect(formatMoney(null)).toBe("—");
    // minor units: 123,456 cents are $1,234.56
    expect(formatMoney(123_456, "USD")).toBe("US$1,234.56");
  });

  it("formats ratios", () => {
    expect(formatPercent(0.0734)).toBe("7.3%");
    expect(formatPercent(null)).toBe("—");
    expect(formatMultiple(2.5)).toBe("2.50×");
    expect(formatMultiple(null)).toBe("—");
  });

  it("keys days in Korea time", () => {
    expect(dayKey(new Date("2025-03-01T15:30:00Z"))).toBe("2025-03-02");
  });

  it("describes waiting times", () => {
    const now = new Date("2025-03-10T12:00:00Z");
    expect(formatDuration(new Date("2025-03-07T12:00:00Z"), now)).toBe("3 days");
    expect(formatDuration(new Date("2025-03-10T09:00:00Z"), now)).toBe("3 h");
    expect(formatDuration(new Date("2025-03-09T11:00:00Z"), now)).toBe("1 day");
    expect(formatDuration(new Date("2025-03-10T11:30:00Z"), now)).toBe("under 1 h");
    expect(formatDuration(new Date("1990-01-01T00:00:00Z"), now)).toMatch(/^\d+ days$/);
  });
});
