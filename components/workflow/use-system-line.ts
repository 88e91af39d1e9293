"use client";
// A line the platform wrote into a match's thread or history (lib/matches/system-lines.ts)
// in the reader's language, amounts in their money format.
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { SystemLine } from "@/lib/matches/system-lines";

/** The line's text; null for a code this build has no message for (show the stored English). */
export function useSystemLine(): (line: SystemLine | null | undefined) => string | null {
  const t = useTranslations("workflow.systemLine");
  const { formatMoney } = useFormat();
  return (line) => {
    if (!line || !t.has(line.code)) return null;
    const p = line.params as Record<string, string | number>;
    const values: Record<string, string | number> = { ...p };
    if (typeof p.amount === "number") values.amount = formatMoney(p.amount, String(p.currency));
    return t(line.code, values);
  };
}
