// Display formatting shared by server pages and client charts. Amounts are integer
// minor units of their currency; formatMoney lives with the currency rules (lib/money.ts).
export { formatMoney } from "../money.ts";

const integerFormat = new Intl.NumberFormat("en-US");
const compactFormat = new Intl.NumberFormat("en-US", {
  notation: "compact",
  maximumFractionDigits: 1,
});

export function formatInteger(n: number | bigint | null | undefined): string {
  return n === null || n === undefined ? "—" : integerFormat.format(n);
}

export function formatCompact(n: number | bigint | null | undefined): string {
  return n === null || n === undefined ? "—" : compactFormat.format(n);
}

/** 0.0734 -> "7.3%" */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** 2.5 -> "2.50×" (ROAS) */
export function formatMultiple(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return `${ratio.toFixed(2)}×`;
}

// Dates are shown in Korea time: the platform's users and campaigns are there, and a
// fixed zone keeps server and browser renderings identical.
export const DISPLAY_TIME_ZONE = "Asia/Seoul";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: DISPLAY_TIME_ZONE,
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: DISPLAY_TIME_ZONE,
  timeZoneName: "short",
});

export function formatDate(d: Date | string | null | undefined): string {
  return d ? dateFormat.format(new Date(d)) : "—";
}

export function formatDateTime(d: Date | string | null | undefined): string {
  return d ? dateTimeFormat.format(new Date(d)) : "—";
}

/** "3 days", "5 h", "under 1 h" — how long something has been waiting. */
export function formatDuration(since: Date | string, now: Date = new Date()): string {
  const ms = now.getTime() - new Date(since).getTime();
  const days = Math.floor(ms / 86_400_000);
  if (days >= 1) return days === 1 ? "1 day" : `${days} days`;
  const hours = Math.floor(ms / 3_600_000);
  return hours >= 1 ? `${hours} h` : "under 1 h";
}

const dayKeyFormat = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: DISPLAY_TIME_ZONE,
});

/** "YYYY-MM-DD" in Korea time. */
export function dayKey(d: Date): string {
  return dayKeyFormat.format(d);
}
