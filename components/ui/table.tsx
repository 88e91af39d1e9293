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
    // table-card-*: app/globals.css
    <tr className="table-card-row">{children}</tr>
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
        primary ? "table-card-primary" : "table-card-labelled",
        align === "right" ? "sm:text-right sm:tabular-nums" : "",
      ].join(" ")}
    >
      {primary ? children : <span className="text-right sm:text-inherit">{children}</span>}
    </td>
  );
}
