// The matching engine's facts (lib/matching/engine/facts.ts) in one language: words the
// engine passes as codes (categories, regions, countries, tiers, the targeted
// dimensions) are named from the vocab / enums messages and lists joined as the
// language joins them ("서울 또는 경기", "Seoul or Gyeonggi"). Pure, so a unit test can
// render every fact the engine writes in both languages (fact-text.test.ts).
import { formatCountry } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { placeLabel } from "@/lib/matching/engine/district-label";
import type { Fact, FactParams } from "@/lib/matching/engine/facts";

/** A translator of one namespace, as next-intl's t (and use-intl's createTranslator) are. */
export interface Tr {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export function factText(
  locale: Locale,
  t: Tr /* matchFacts */,
  tv: Tr /* vocab */,
  te: Tr /* enums */,
) {
  const or = new Intl.ListFormat(locale, { type: "disjunction" });
  const named = (group: "category" | "region", key: string) =>
    tv.has(`${group}.${key}`) ? tv(`${group}.${key}`) : key;
  // a region, or a district ("Seoul:강남구" → "서울 강남구", "Gangnam-gu, Seoul")
  const place = (key: string) => placeLabel(key, locale, (r) => named("region", r));
  const tier = (key: string) =>
    te.has(`tier.${key.toUpperCase()}`) ? te(`tier.${key.toUpperCase()}`) : key;

  function values(params: FactParams): Record<string, string | number> {
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) {
      if (Array.isArray(v)) {
        out[k] =
          k === "dims"
            ? v.map((d) => (t.has(`dim.${d}`) ? t(`dim.${d}`) : d)).join(" × ")
            : k === "categories"
              ? v.map((c) => named("category", c)).join(", ")
              : or.format(
                  k === "countries"
                    ? v.map((c) => formatCountry(locale, c))
                    : k === "regions"
                      ? v.map(place)
                      : v,
                );
      } else if (v === "") {
        out[k] = "none"; // an absent optional part: the messages select on "none"
      } else if (k === "category" || k === "best" || k === "main") {
        out[k] = named("category", String(v));
      } else if (k === "creatorRegion") {
        out[k] = place(String(v));
      } else if (k === "creatorCountry") {
        out[k] = formatCountry(locale, String(v));
      } else if (k === "tier") {
        out[k] = tier(String(v));
      } else {
        out[k] = v;
      }
    }
    return out;
  }

  return {
    /** One fact's sentence; null for a code this build has no message for. */
    fact: (f: Pick<Fact, "code" | "params">): string | null =>
      t.has(`fact.${f.code}`) ? t(`fact.${f.code}`, values(f.params)) : null,
    /** A risk's sentence from its code and params; null for one stored without params. */
    risk: (r: { code: string; params?: FactParams }): string | null =>
      r.params && t.has(`risk.${r.code}`) ? t(`risk.${r.code}`, values(r.params)) : null,
  };
}
