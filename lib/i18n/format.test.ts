import { describe, expect, it } from "vitest";
import {
  formatAxisDay,
  formatAxisMonth,
  formatCompact,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTime,
  spansYears,
  dayFromKey,
  shortenLabel,
} from "./format";

// 20 Sep 2026 15:05 in Seoul is 06:05 UTC; 23:30 UTC on the 19th is already the 20th there.
const at = new Date("2026-09-20T06:05:00Z");
const lateUtc = new Date("2026-09-19T23:30:00Z");

describe("dates and times, in Korea time", () => {
  it("writes dates as Koreans do and names the month in English", () => {
    expect(formatDate("ko", at)).toBe("2026. 9. 20.");
    expect(formatDate("en", at)).toBe("20 Sep 2026");
    expect(formatDate("ko", lateUtc)).toBe("2026. 9. 20.");
    expect(formatDate("en", null)).toBe("—");
  });
  it("shows 24-hour KST times, naming the zone in English", () => {
    expect(formatTime("ko", at)).toBe("15:05");
    expect(formatDateTime("ko", at)).toBe("2026. 9. 20. 15:05");
    expect(formatDateTime("en", at)).toBe("20 Sep 2026, 15:05 KST");
  });
  it("labels chart axes so that day and month cannot be swapped", () => {
    const jan26 = dayFromKey("2026-01-26");
    expect(formatAxisDay("ko", jan26)).toBe("1월 26일");
    expect(formatAxisDay("en", jan26)).toBe("26 Jan");
    expect(formatAxisDay("ko", jan26, true)).toBe("2026. 1. 26.");
    expect(formatAxisDay("en", jan26, true)).toBe("26 Jan 2026");
    expect(formatAxisMonth("ko", jan26)).toBe("2026년 1월");
    expect(formatAxisMonth("en", jan26)).toBe("Jan 2026");
    expect(spansYears([dayFromKey("2025-12-31"), jan26])).toBe(true);
    expect(spansYears([dayFromKey("2026-01-01"), jan26])).toBe(false);
  });
});

describe("numbers and money", () => {
  it("formats KRW without decimals and other currencies with theirs", () => {
    expect(formatMoney("ko", 1_234_000)).toBe("₩1,234,000");
    expect(formatMoney("en", 1_234_000)).toBe("₩1,234,000");
    expect(formatMoney("en", 123_456, "USD")).toBe("$1,234.56");
    expect(formatMoney("ko", null)).toBe("—");
  });
  it("groups digits and shortens in each language's way", () => {
    expect(formatNumber("ko", 1234567)).toBe("1,234,567");
    expect(formatCompact("ko", 1_234_000)).toBe("123.4만");
    expect(formatCompact("en", 1_234_000)).toBe("1.2M");
    expect(formatPercent("ko", 0.0734)).toBe("7.3%");
    expect(formatPercent("en", Number.NaN)).toBe("—");
  });
});

describe("shortenLabel", () => {
  it("keeps what fits, counts Hangul double and cuts the rest with an ellipsis", () => {
    expect(shortenLabel("Negotiating", 16)).toBe("Negotiating");
    expect(shortenLabel("협상 중", 16)).toBe("협상 중");
    expect(shortenLabel("1234567890123456", 16)).toBe("1234567890123456");
    expect(shortenLabel("12345678901234567", 16)).toBe("123456789012345…");
    expect(shortenLabel("글로우랩 쿠션 런칭 (성과 추적)", 16)).toBe("글로우랩 쿠션…");
    expect(shortenLabel("Daily Mild Sunscreen launch", 16)).toBe("Daily Mild Suns…");
  });
});
