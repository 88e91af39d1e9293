// Money across the product: amounts are integers in the minor unit of their currency
// (KRW has none, so 1 = ₩1; USD has cents). One formatter for pages, charts and the
// engine's reasons, and the fixed reference rates the engine compares currencies with.

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

/** Digits after the decimal point of a currency's amounts (KRW 0, USD 2). */
export function minorUnitExponent(currency: string): number {
  return MINOR_UNIT_EXPONENT[currency] ?? 2;
}

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

// Currency symbols and names that rosters and exports write, as ISO 4217 codes.
const CURRENCY_ALIASES: Record<string, string> = {
  "₩": "KRW",
  WON: "KRW",
  원: "KRW",
  $: "USD",
  US$: "USD",
  "€": "EUR",
  "¥": "JPY",
  YEN: "JPY",
  엔: "JPY",
  円: "JPY",
  "£": "GBP",
  HK$: "HKD",
  NT$: "TWD",
  S$: "SGD",
  A$: "AUD",
  C$: "CAD",
  RMB: "CNY",
  元: "CNY",
};

/** An upper-cased code, with a symbol or name ("₩", "won", "HK$") read as its code. */
export function currencyCode(raw: string): string {
  const c = raw.trim().toUpperCase();
  return Object.hasOwn(CURRENCY_ALIASES, c) ? CURRENCY_ALIASES[c] : c;
}

// An amount as people write it in a roster or a form: "₩500,000", "500,000원",
// "US$ 1,200.50", "1,200 USD", "50만원", "1.5억". Read in the currency's major unit,
// as written, and returned in its minor unit (the product's integers: $1,200.50 is
// 120050). Korean 천 / 만 / 억 multiply (one unit, after the number). Text it cannot
// read wholly is null: nothing is guessed from part of it.
const MONEY_TEXT =
  /^([^\d\s.,]{1,3})?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(천|만|억)?\s*([^\d\s.,]{1,3})?$/u;
const KOREAN_UNITS: Record<string, number> = { 천: 1e3, 만: 1e4, 억: 1e8 };

export function parseMoneyText(text: string): { amount: number; currency: string | null } | null {
  const m = MONEY_TEXT.exec(text.trim());
  if (!m) return null;
  const [, before, whole, fraction = "", unit, after] = m;
  if (before && after) return null;
  const mark = before ?? after;
  // 만 and 억 are Korean: without a mark, they count won
  const currency = mark ? currencyCode(mark) : unit ? "KRW" : null;
  if (currency !== null && !isKnownCurrency(currency)) return null;
  const major = Number(whole.replace(/,/g, "") + fraction) * (unit ? KOREAN_UNITS[unit] : 1);
  const amount = Math.round(major * 10 ** minorUnitExponent(currency ?? "KRW"));
  return Number.isSafeInteger(amount) ? { amount, currency } : null;
}

export function normalizeCurrency(raw: string | null | undefined): string {
  const c = currencyCode(raw ?? "KRW");
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

const moneyFormatters = new Map<string, { format: Intl.NumberFormat; minorPerMajor: number }>();

function moneyFormatter(currency: string, intlTag: string) {
  const key = `${intlTag}|${currency}`;
  let f = moneyFormatters.get(key);
  if (!f) {
    const format = new Intl.NumberFormat(intlTag, { style: "currency", currency });
    // The currency's own number of decimals (KRW 0, USD 2) says what a minor unit is.
    const digits = format.resolvedOptions().maximumFractionDigits ?? 0;
    f = { format, minorPerMajor: 10 ** digits };
    moneyFormatters.set(key, f);
  }
  return f;
}

/**
 * Formats an amount given in minor units of `currency`: "₩1,234,000", "US$1,234.56".
 * `intlTag` picks the language's conventions (lib/i18n/format.ts passes the page's).
 */
export function formatMoney(
  amount: number | bigint | null | undefined,
  currency = "KRW",
  intlTag = "ko-KR",
): string {
  if (amount === null || amount === undefined) return "—";
  const { format, minorPerMajor } = moneyFormatter(currency, intlTag);
  return format.format(Number(amount) / minorPerMajor);
}

/** Basis points as a percentage: 1250 -> "12.5%" (commission rates, platform fee). */
export function formatBp(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}
