"use client";
// Copies a link or a code; says so for two seconds.
import { useTranslations } from "next-intl";
import { useState } from "react";

export function CopyButton({ text }: { text: string }) {
  const t = useTranslations("tracking.panel");
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={t("copyLabel", { text })}
      className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50"
      onClick={() =>
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        })
      }
    >
      {copied ? t("copied") : t("copy")}
    </button>
  );
}
