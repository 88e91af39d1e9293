import { describe, expect, it } from "vitest";
import { amountOf, isoTimeOf, kindOf, mapColumns } from "./columns.ts";

describe("order CSV columns", () => {
  it("maps SmartStore's Korean headers and English ones, preferring the per-item amount", () => {
    expect(
      mapColumns([
        "\uFEFF상품주문번호",
        "주문일시",
        "결제금액",
        "최종 상품별 총 주문금액",
        "쿠폰코드",
      ]),
    ).toEqual({
      columns: { orderId: 0, occurredAt: 1, amount: 3, promoCode: 4 },
      missing: [],
    });
    expect(mapColumns(["Order ID", "Ordered_At", "Click-ID"]).missing).toEqual(["amount"]);
  });

  it("reads times as Korean time unless they carry an offset, and refuses impossible ones", () => {
    expect(isoTimeOf("2026.12.01 14:03:22")).toBe("2026-12-01T14:03:22+09:00");
    expect(isoTimeOf("2026-12-1 9:05")).toBe("2026-12-01T09:05:00+09:00");
    expect(isoTimeOf("2026/12/01")).toBe("2026-12-01T00:00:00+09:00");
    expect(isoTimeOf("2026-12-01T05:00:00Z")).toBe("2026-12-01T05:00:00Z");
    for (const bad of ["2026.02.30 10:00", "2026.12.01 24:00", "yesterday", "", "2026-13-01"]) {
      expect(isoTimeOf(bad), bad).toBeNull();
    }
  });

  it("reads whole amounts with separators and currency signs, nothing fractional", () => {
    expect(amountOf("12,000")).toBe(12_000);
    expect(amountOf("₩12,000")).toBe(12_000);
    expect(amountOf("12000원")).toBe(12_000);
    expect(amountOf("-3,000")).toBe(-3_000);
    for (const bad of ["12.5", "", "abc", "1e5"]) expect(amountOf(bad), bad).toBeNull();
  });

  it("tells orders from refunds by the status words SmartStore writes", () => {
    expect(kindOf("")).toBe("ORDER");
    expect(kindOf("구매확정")).toBe("ORDER");
    expect(kindOf("반품완료")).toBe("REFUND");
    expect(kindOf("취소완료")).toBe("REFUND");
    expect(kindOf("refund")).toBe("REFUND");
    expect(kindOf("교환요청")).toBeNull();
  });
});
