// A table that stays readable on a phone: below the `sm` breakpoint each row becomes a
// card and every cell shows its column name (from `label`) in front of its value.
import type { ReactNode } from "react";

export function Table({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <div className="sm:overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return (
    <thead className="hidden border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 sm:table-header-group">
      <tr>{children}</tr>
    </thead>
  );
}

export function TH({
  children,
  align = "left",
}: {
  children: ReactNode;
  align?: "left" | "right";
}) {
  return (
    <th scope="col" className={`px-3 py-2 font-medium ${align === "right" ? "text-right" : ""}`}>
      {children}
    </th>
  );
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="block space-y-3 sm:table-row-group sm:space-y-0">{children}</tbody>;
}

export function TR({ children }: { children: ReactNode }) {
  return (
    <tr className="block rounded-lg border border-slate-200 p-3 sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:border-slate-100 sm:p-0 sm:last:border-0">
      {children}
    </tr>
  );
}

export function TD({
  children,
  label,
  align = "left",
  primary = false,
}: {
  children: ReactNode;
  /** Column name, shown before the value on phones. */
  label: string;
  align?: "left" | "right";
  /** The row's title cell: shown without a label on phones. */
  primary?: boolean;
}) {
  return (
    <td
      data-label={label}
      className={[
        "py-1 sm:table-cell sm:px-3 sm:py-2.5 sm:align-top",
        primary
          ? "block pb-2"
          : "flex items-baseline justify-between gap-3 before:shrink-0 before:text-xs before:font-medium before:text-slate-500 before:content-[attr(data-label)] sm:before:content-none",
        align === "right" ? "sm:text-right sm:tabular-nums" : "",
      ].join(" ")}
    >
      {primary ? children : <span className="text-right sm:text-inherit">{children}</span>}
    </td>
  );
}
