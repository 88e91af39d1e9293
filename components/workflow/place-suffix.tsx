"use client";
// " · 서울 마포구" / " · Mapo-gu, Seoul": where a ranked creator is based, after the other
// facts of its line; nothing when that is unknown.
import { useLocale, useTranslations } from "next-intl";
import { placeLabel } from "@/lib/matching/engine/district-label";
import type { Locale } from "@/lib/i18n/locales";

export function PlaceSuffix({
  creator,
}: {
  creator: { region: string | null; district: string | null };
}) {
  const locale = useLocale() as Locale;
  const tv = useTranslations("vocab");
  const place = creator.district ?? creator.region;
  if (place === null) return null;
  const region = (r: string) => (tv.has(`region.${r}`) ? tv(`region.${r}`) : r);
  return <>{` · ${placeLabel(place, locale, region)}`}</>;
}
