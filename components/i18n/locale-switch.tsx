"use client";
// The header's language switch: 한국어 | English. The choice is kept in a cookie (and on
// the user's row when signed in, by PUT /api/locale), then the page re-renders on the
// server in the new language.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

export function LocaleSwitch({ className = "" }: { className?: string }) {
  const t = useTranslations("common.language");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    if (locale === current) return;
    startTransition(async () => {
      const res = await fetch("/api/locale", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ locale }),
      });
      if (res.ok) router.refresh();
    });
  }

  return (
    <div
      role="group"
      aria-label={t("label")}
      aria-busy={pending}
      className={`flex shrink-0 items-center rounded-md border border-slate-200 text-xs ${className}`}
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => choose(locale)}
          className={`px-2 py-1 first:rounded-l-md last:rounded-r-md ${
            locale === current
              ? "bg-slate-900 font-semibold text-white"
              : "text-slate-700 hover:bg-slate-100"
          }`}
        >
          {locale === "ko" ? "한국어" : "EN"}
        </button>
      ))}
    </div>
  );
}
