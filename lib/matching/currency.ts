import { formatNumber } from "./format.ts";

// Fixed reference rates so that a rate card in one currency can be compared with a
// budget in another. Amounts are in minor units, hence the exponent per currency.
// Approximate and stated as such in a risk whenever a conversion happens.

const MINOR_UNIT_EXPONENT: Record<string, number> = {
  KRW: 0,
  JPY: 0,
  VND: 0,
  USD: 2,
  EUR: 2,
  GBP: 2,
  CNY: 2,
  TWD: 2,
  SGD: 2,
  HKD: 2,
  THB: 2,
  AUD: 2,
  CAD: 2,
};

/** The ISO 4217 codes a campaign budget or rate card may be in: those we can convert. */
export const SUPPORTED_CURRENCIES = [
  "KRW",
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CNY",
  "TWD",
  "SGD",
  "HKD",
  "THB",
  "VND",
  "AUD",
  "CAD",
] as const;
export type SupportedCurrency = (typeof SUPPORTED_CURRENCIES)[number];

// KRW per one major unit (reference, late 2026, rounded).
const KRW_PER_UNIT: Record<string, number> = {
  KRW: 1,
  USD: 1400,
  EUR: 1500,
  GBP: 1780,
  JPY: 9.3,
  CNY: 195,
  TWD: 43,
  SGD: 1060,
  HKD: 180,
  THB: 40,
  VND: 0.055,
  AUD: 920,
  CAD: 1010,
};

export function normalizeCurrency(raw: string | null | undefined): string {
  const c = (raw ?? "KRW").trim().toUpperCase();
  return /^[A-Z]{3}$/.test(c) ? c : "KRW";
}

export function isKnownCurrency(c: string): boolean {
  return c in KRW_PER_UNIT;
}

// Multiply an amount in `from` minor units by this to get `to` minor units.
// NaN when either currency is unknown.
export function fxRate(from: string, to: string): number {
  if (from === to) return 1;
  const a = KRW_PER_UNIT[from];
  const b = KRW_PER_UNIT[to];
  if (a === undefined || b === undefined) return NaN;
  const expFrom = MINOR_UNIT_EXPONENT[from] ?? 2;
  const expTo = MINOR_UNIT_EXPONENT[to] ?? 2;
  return (a / b) * 10 ** (expTo - expFrom);
}

export function formatMoney(amountMinor: number, currency: string): string {
  const exp = MINOR_UNIT_EXPONENT[currency] ?? 2;
  const major = amountMinor / 10 ** exp;
  const n = formatNumber(major, exp === 0 || major >= 100 ? 0 : 2);
  return currency === "KRW" ? `₩${n}` : `${n} ${currency}`;
}
