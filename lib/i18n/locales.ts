// The languages the product speaks and how a request picks one. Plain functions (no
// Next.js imports) so that pages, server actions, e-mail jobs and tests share them.

export const LOCALES = ["ko", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Korean: the platform's brands, stores and creators are in Korea. */
export const DEFAULT_LOCALE: Locale = "ko";

/** next-intl's conventional cookie name; set by the language switch for a year. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The BCP 47 tag Intl formatters get for each locale. */
export const INTL_TAG: Record<Locale, string> = { ko: "ko-KR", en: "en-US" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported locale for an Accept-Language header, by q-value then order.
 * No header (curl, bots) -> Korean, the product's market. A header naming neither
 * Korean nor English (a Japanese or French browser) -> English, which such a visitor is
 * far likelier to read than Korean.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage?.trim()) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .slice(0, 512) // a header is attacker-controlled; a bound keeps parsing cheap
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        lang: tag.trim().toLowerCase().split("-")[0] ?? "",
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const r of ranked) {
    if (isLocale(r.lang)) return r.lang;
    if (r.lang === "*") return DEFAULT_LOCALE;
  }
  return "en";
}

/** The locale of a request: the switch's cookie when valid, else the browser's languages. */
export function resolveLocale(
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  return isLocale(cookie) ? cookie : negotiateLocale(acceptLanguage);
}
