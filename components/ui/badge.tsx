import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "blue" | "green" | "amber" | "red" | "violet" | "teal";

const TONES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-500/20",
  blue: "bg-blue-50 text-blue-700 ring-blue-600/20",
  green: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  amber: "bg-amber-50 text-amber-800 ring-amber-600/20",
  red: "bg-red-50 text-red-700 ring-red-600/20",
  violet: "bg-violet-50 text-violet-700 ring-violet-600/20",
  teal: "bg-teal-50 text-teal-700 ring-teal-600/20",
};

export function Badge({
  tone = "neutral",
  children,
  title,
  wrap = false,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
  /** Long labels (sentences) may wrap on narrow screens; short ones stay on one line. */
  wrap?: boolean;
}) {
  return (
    <span
      title={title}
      className={`inline-flex max-w-full items-center px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
        wrap ? "whitespace-normal rounded-lg" : "whitespace-nowrap rounded-full"
      } ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
