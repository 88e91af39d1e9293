// One headline number with what it means next to it: the product promises a
// definition wherever a metric is shown.
import type { ReactNode } from "react";

export function StatCard({
  label,
  value,
  definition,
  detail,
  tone = "default",
}: {
  label: string;
  value: ReactNode;
  /** How the number is computed, e.g. "ROI = (revenue − cost) / cost". */
  definition?: ReactNode;
  /** Context under the value, e.g. "over 12 completed matches". */
  detail?: ReactNode;
  tone?: "default" | "positive" | "negative";
}) {
  // Billions of won do not fit half a phone screen at the normal size: long values
  // scale with the card's width (container query units) instead of wrapping mid-number.
  const long = typeof value === "string" && value.length > 11;
  const valueColor =
    tone === "positive"
      ? "text-emerald-700"
      : tone === "negative"
        ? "text-red-700"
        : "text-slate-900";
  return (
    <div className="@container flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <dt className="text-xs font-medium text-slate-600 sm:text-sm">{label}</dt>
      <dd
        className={`mt-1 font-semibold sm:text-2xl ${long ? "whitespace-nowrap text-[length:min(1.5rem,11cqw)]" : "text-lg"} tabular-nums ${valueColor}`}
      >
        {value}
      </dd>
      {detail ? <dd className="mt-1 text-xs text-slate-600">{detail}</dd> : null}
      {definition ? (
        <dd className="mt-auto pt-2 text-[11px] leading-snug text-slate-500">{definition}</dd>
      ) : null}
    </div>
  );
}

export function StatGrid({ children, label }: { children: ReactNode; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 lg:grid-cols-3">
      {children}
    </dl>
  );
}
