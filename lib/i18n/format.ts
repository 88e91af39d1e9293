// Locale-aware display formatting for pages, charts and e-mails. Everything is shown in
// Korea time (the platform's users and campaigns are there; one fixed zone also keeps
// server and browser renderings identical). Korean dates are written as Koreans write
// them ("2026. 9. 20."); English ones name the month ("20 Sep 2026") so that neither
// reads as another day. Amounts are integer minor units (lib/money.ts).
import { formatMoney as formatMoneyIn } from "../money.ts";
import { INTL_TAG, type Locale } from "./locales.ts";

export const DISPLAY_TIME_ZONE = "Asia/Seoul";

type DateInput = Date | string | number | null | undefined;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dtf(locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone: DISPLAY_TIME_ZONE, ...opts });
    cache.set(key, f);
  }
  return f;
}
function nf(locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[locale], opts);
    cache.set(key, f);
  }
  return f;
}

const toDate = (d: Exclude<DateInput, null | undefined>) => (d instanceof Date ? d : new Date(d));

// Day before month, three-letter month: assembled by hand (en-GB would say "Sept").
function enParts(d: Date) {
  const parts = dtf("en", { day: "numeric", month: "numeric", year: "numeric" }).formatToParts(d);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
  return { day: get("day"), month: months[get("month") - 1]!, year: get("year") };
}

export function formatNumber(locale: Locale, n: number | bigint | null | undefined): string {
  return n === null || n === undefined ? "—" : nf(locale, {}).format(n);
}

/** 1,234,000 -> "123.4만" / "1.2M": for tight chart axes and cards. */
export function formatCompact(locale: Locale, n: number | bigint | null | undefined): string {
  if (n === null || n === undefined) return "—";
  return nf(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

/** 0.0734 -> "7.3%". */
export function formatPercent(
  locale: Locale,
  ratio: number | null | undefined,
  digits = 1,
): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return nf(locale, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);
}

/** KRW without decimals ("₩1,234,000"), other currencies with their own minor unit. */
export function formatMoney(
  locale: Locale,
  amount: number | bigint | null | undefined,
  currency = "KRW",
): string {
  return formatMoneyIn(amount, currency, INTL_TAG[locale]);
}

/** "2026. 9. 20." / "20 Sep 2026". */
export function formatDate(locale: Locale, d: DateInput): string {
  if (d === null || d === undefined) return "—";
  const date = toDate(d);
  if (locale === "ko")
    return dtf("ko", { year: "numeric", month: "numeric", day: "numeric" }).format(date);
  const p = enParts(date);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "15:05" in Korea time, 24-hour in both languages. */
export function formatTime(locale: Locale, d: DateInput): string {
  if (d === null || d === undefined) return "—";
  return dtf(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(toDate(d));
}

/**
 * "2026. 9. 20. 15:05" / "20 Sep 2026, 15:05 KST". Korean readers assume Korea time;
 * an English reader may be abroad, so the zone is named.
 */
export function formatDateTime(locale: Locale, d: DateInput): string {
  if (d === null || d === undefined) return "—";
  const date = formatDate(locale, d);
  const time = formatTime(locale, d);
  return locale === "ko" ? `${date} ${time}` : `${date}, ${time} KST`;
}

/**
 * A day on a chart axis: "1월 26일" / "26 Jan"; with the year when the axis spans more
 * than one ("2026. 1. 26." / "26 Jan 2026"). Never "Jan 26" or "1/26", which readers of
 * the other convention misread.
 */
export function formatAxisDay(locale: Locale, d: DateInput, withYear = false): string {
  if (d === null || d === undefined) return "";
  if (withYear) return formatDate(locale, d);
  const date = toDate(d);
  if (locale === "ko") return dtf("ko", { month: "long", day: "numeric" }).format(date);
  const p = enParts(date);
  return `${p.day} ${p.month}`;
}

/** A month on a chart axis: "2026년 1월" / "Jan 2026". */
export function formatAxisMonth(locale: Locale, d: DateInput): string {
  if (d === null || d === undefined) return "";
  const date = toDate(d);
  if (locale === "ko") return dtf("ko", { year: "numeric", month: "long" }).format(date);
  const p = enParts(date);
  return `${p.month} ${p.year}`;
}

/** Whether the dates of an axis fall in more than one year (Korea time). */
export function spansYears(dates: readonly DateInput[]): boolean {
  const years = new Set(
    dates
      .filter((d): d is Exclude<DateInput, null | undefined> => d !== null && d !== undefined)
      .map((d) => dtf("en", { year: "numeric" }).format(toDate(d))),
  );
  return years.size > 1;
}

/** A "YYYY-MM-DD" bucket key read as that calendar day (noon Korea time, never the day before). */
export function dayFromKey(key: string): Date {
  return new Date(`${key}T12:00:00+09:00`);
}

const regionNames = new Map<Locale, Intl.DisplayNames>();
/** "KR" -> "대한민국" / "South Korea"; an unknown code is shown as it is. */
export function formatCountry(locale: Locale, code: string | null | undefined): string {
  if (!code) return "—";
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([INTL_TAG[locale]], { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}

const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * `label` in at most `max` columns, a wide (Hangul, CJK) character taking two, cut with
 * "…": an axis label that must stay on one line.
 */
export function shortenLabel(label: string, max: number): string {
  const chars = [...label];
  const widths = chars.map((ch) => (WIDE.test(ch) ? 2 : 1));
  if (widths.reduce((a, b) => a + b, 0) <= max) return label;
  let width = 1; // the ellipsis
  let end = 0;
  while (end < chars.length && width + widths[end] <= max) width += widths[end++];
  return `${chars.slice(0, end).join("").trimEnd()}…`;
}
