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
  "₫": "VND",
  "฿": "THB",
};

/** An upper-cased code, with a symbol or name ("₩", "won", "HK$") read as its code. */
export function currencyCode(raw: string): string {
  const c = raw.trim().toUpperCase();
  return Object.hasOwn(CURRENCY_ALIASES, c) ? CURRENCY_ALIASES[c] : c;
}

// An amount as people write it in a roster or a form: "₩500,000", "500,000원",
// "US$ 1,200.50", "1,200 USD", "50만원", "1억5천만원", "3천만 원". Read in the currency's
// major unit, as written, and returned in its minor unit (the product's integers:
// $1,200.50 is 120050), computed from the digits, not through a float. Text it cannot
// read wholly is null, as is an amount finer than its currency's smallest unit
// ("₩500.5", "$1.005"): nothing is guessed from part of it.
const MONEY_TEXT = /^([^\d\s.,]{1,3})?\s*(\d[\d,.\s천백만억]*?)\s*([^\d\s.,천백만억]{1,3})?$/u;
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const SMALL_UNITS: Record<string, bigint> = { 천: 1000n, 백: 100n };
const LARGE_UNITS: Record<string, bigint> = { 만: 10_000n, 억: 100_000_000n };

/** A decimal as an integer over a power of ten: "1,200.50" → [120050n, 2]. */
function decimal(text: string): [bigint, number] | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const fraction = m[2] ?? "";
  return [BigInt(m[1].replace(/,/g, "") + fraction), fraction.length];
}

/**
 * The amount a number, with or without Korean units ("1,200.50", "1억5천만"), stands
 * for in units of 10^-scale: "1억5천만" at scale 0 is 150000000n. Null when it is not
 * one, or when it is finer than 10^-scale ("₩500.5").
 */
function wholeAmount(body: string, scale: number): bigint | null {
  // numbers read once, as [integer, decimals]; units stay text
  const tokens = (body.replace(/\s+/g, "").match(/[\d,.]+|[천백만억]/g) ?? []).map((t) =>
    /\d/.test(t) ? decimal(t) : t,
  );
  const numbers = tokens.filter((t) => typeof t !== "string");
  if (numbers.length === 0 || numbers.some((d) => d === null)) return null;
  // every number over one common power of ten: the most decimals written
  const places = Math.max(...numbers.map((d) => d![1]));
  const one = 10n ** BigInt(places);
  const lift = (d: [bigint, number]) => d[0] * 10n ** BigInt(places - d[1]);
  let total = 0n;
  let section = 0n; // below the next 만 or 억
  let pending: [bigint, number] | null = null;
  let lastLarge = Infinity;
  for (const t of tokens) {
    if (typeof t !== "string") {
      if (pending) return null;
      pending = t;
    } else if (t in SMALL_UNITS) {
      section += (pending ? lift(pending) : one) * SMALL_UNITS[t];
      pending = null;
    } else {
      // a separator between units ("1천,원") is no number
      if (!(t in LARGE_UNITS)) return null;
      const large = Number(LARGE_UNITS[t]);
      if (large >= lastLarge) return null; // 억 before 만, each once
      lastLarge = large;
      section += pending ? lift(pending) : 0n;
      if (section === 0n) return null;
      total += section * LARGE_UNITS[t];
      section = 0n;
      pending = null;
    }
  }
  const scaled = (total + section + (pending ? lift(pending) : 0n)) * 10n ** BigInt(scale);
  return scaled % one === 0n ? scaled / one : null;
}

export function parseMoneyText(text: string): { amount: number; currency: string | null } | null {
  const m = MONEY_TEXT.exec(text.trim());
  if (!m) return null;
  const [, before, body, after] = m;
  if (before && after) return null;
  const mark = before ?? after;
  // 만 and 억 are Korean: without a mark, they count won
  const currency = mark ? currencyCode(mark) : /[천백만억]/.test(body) ? "KRW" : null;
  if (currency !== null && !isKnownCurrency(currency)) return null;
  const amount = wholeAmount(body, minorUnitExponent(currency ?? "KRW"));
  if (amount === null || amount > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return { amount: Number(amount), currency };
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
