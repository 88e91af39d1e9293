// The formatters of lib/i18n/format.ts bound to one locale, under the names pages used
// before there was a second language (formatMoney, formatDate, ...): a component swaps its
// import for `const { formatMoney } = useFormat()` (or `await getFormat()`) and its call
// sites stay as they were.
import * as f from "./format.ts";
import type { Locale } from "./locales.ts";

type Num = number | bigint | null | undefined;
type When = Date | string | null | undefined;

export function formattersFor(locale: Locale) {
  return {
    locale,
    formatInteger: (n: Num) => f.formatNumber(locale, n),
    formatCompact: (n: Num) => f.formatCompact(locale, n),
    formatPercent: (ratio: number | null | undefined, digits = 1) =>
      f.formatPercent(locale, ratio, digits),
    /** 2.5 -> "2.50×" (ROAS) */
    formatMultiple: (ratio: number | null | undefined) =>
      ratio === null || ratio === undefined || !Number.isFinite(ratio)
        ? "—"
        : `${ratio.toFixed(2)}×`,
    formatMoney: (amount: Num, currency = "KRW") => f.formatMoney(locale, amount, currency),
    formatDate: (d: When) => f.formatDate(locale, d),
    formatDateTime: (d: When) => f.formatDateTime(locale, d),
    formatTime: (d: When) => f.formatTime(locale, d),
    /** "3일" / "3 days", "5시간" / "5 h", "1시간 미만" / "under 1 h": how long something waited. */
    formatDuration: (since: Date | string, now: Date = new Date()) => {
      const ms = now.getTime() - new Date(since).getTime();
      const days = Math.floor(ms / 86_400_000);
      const hours = Math.floor(ms / 3_600_000);
      if (locale === "ko")
        return days >= 1 ? `${days}일` : hours >= 1 ? `${hours}시간` : "1시간 미만";
      if (days >= 1) return days === 1 ? "1 day" : `${days} days`;
      return hours >= 1 ? `${hours} h` : "under 1 h";
    },
  };
}

export type Formatters = ReturnType<typeof formattersFor>;
