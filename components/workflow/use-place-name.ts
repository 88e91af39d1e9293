"use client";
// Where a ranked creator is based, in the page's language ("서울 마포구", "Mapo-gu, Seoul").
import { useLocale, useTranslations } from "next-intl";
import { placeLabel } from "@/lib/matching/engine/district-label";
import type { Locale } from "@/lib/i18n/locales";

export function usePlaceName() {
  const locale = useLocale() as Locale;
  const tv = useTranslations("vocab");
  const region = (r: string) => (tv.has(`region.${r}`) ? tv(`region.${r}`) : r);
  return (creator: { region: string | null; district: string | null }): string | null => {
    const place = creator.district ?? creator.region;
    return place === null ? null : placeLabel(place, locale, region);
  };
}
