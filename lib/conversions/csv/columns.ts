// Which CSV column is which field. Naver SmartStore's order export writes Korean
// headers (상품주문번호, 주문일시, 상품명, 수량, 최종 상품별 총 주문금액 ...); shops that
// build their own file write English ones. Headers are compared without case, spaces,
// underscores or hyphens; where two columns could be the amount, the earlier alias in
// the list wins (the per-item final amount before the order's payment total).
import type { OrderInput } from "../schemas.ts";

export type OrderField = keyof OrderInput;

export const COLUMN_ALIASES: Record<OrderField, readonly string[]> = {
  orderId: ["상품주문번호", "주문번호", "orderid", "order", "ordernumber"],
  occurredAt: [
    "주문일시",
    "결제일시",
    "결제일",
    "주문일",
    "occurredat",
    "orderedat",
    "orderdate",
    "date",
  ],
  product: ["상품명", "product", "productname", "item"],
  quantity: ["수량", "quantity", "qty"],
  amount: ["최종상품별총주문금액", "상품별총주문금액", "결제금액", "총주문금액", "amount", "total"],
  currency: ["통화", "currency"],
  kind: ["구분", "클레임상태", "주문상태", "kind", "type", "status"],
  promoCode: ["프로모션코드", "쿠폰코드", "할인코드", "promocode", "coupon", "couponcode"],
  clickId: ["클릭id", "clickid", "cmclick"],
};

export const REQUIRED_FIELDS: readonly OrderField[] = ["orderId", "occurredAt", "amount"];

export function normalizeHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[\s_\-]/g, "");
}

/** Column index per field, and the required fields no header names. */
export function mapColumns(headers: readonly string[]): {
  columns: Partial<Record<OrderField, number>>;
  missing: OrderField[];
} {
  const normalized = headers.map(normalizeHeader);
  const columns: Partial<Record<OrderField, number>> = {};
  for (const [field, aliases] of Object.entries(COLUMN_ALIASES) as [OrderField, string[]][]) {
    for (const alias of aliases) {
      const i = normalized.indexOf(alias);
      if (i >= 0) {
        columns[field] = i;
        break;
      }
    }
  }
  return { columns, missing: REQUIRED_FIELDS.filter((f) => columns[f] === undefined) };
}

const REFUND_WORDS = /^(refund|returned|cancell?ed|환불|반품|취소)/i;
const ORDER_WORDS = /^(order|paid|결제|주문|배송|구매확정|발송)/i;

/** "ORDER" / "REFUND" from a status cell; null when it says neither. */
export function kindOf(cell: string): "ORDER" | "REFUND" | null {
  const v = cell.trim();
  if (v === "" || ORDER_WORDS.test(v)) return "ORDER";
  if (REFUND_WORDS.test(v)) return "REFUND";
  return null;
}

/**
 * A time as SmartStore writes it ("2026.12.01 14:03:22", "2026-12-01 14:03") read as
 * Korean time when it carries no offset, or any ISO 8601 time with one; as ISO 8601
 * with an offset, or null when it is not a real time.
 */
export function isoTimeOf(cell: string): string | null {
  const v = cell.trim();
  const m = /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    v,
  );
  if (m) {
    const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
    const pad = (x: string) => x.padStart(2, "0");
    const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+09:00`;
    const t = new Date(iso);
    if (Number.isNaN(t.getTime()) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
      return null;
    }
    // a date that rolls over (2026-02-30 -> March 2) is not a date
    const back = new Date(t.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
    return back === `${y}-${pad(mo)}-${pad(d)}` ? iso : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) {
    return Number.isNaN(new Date(v).getTime()) ? null : v;
  }
  return null;
}

/** Whole minor units from "12,000", "₩12,000", "12000원", "-3,000"; null otherwise. */
export function amountOf(cell: string): number | null {
  const v = cell.trim().replace(/[,₩\s]|원$/g, "");
  return /^-?\d{1,15}$/.test(v) ? Number(v) : null;
}
