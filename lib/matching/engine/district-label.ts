// A district key ("Seoul:강남구", regions.ts normalizeDistrict) in words, for the pages'
// and the CLI's sentences, and the districts a creator can choose. Its own module so
// that code which only names places (the match explanations in the browser) needs the
// names table, not the place reader.
import { CITY_OF_GU, KR_DISTRICTS } from "./kr-districts.ts";

const LATIN = new Map(
  KR_DISTRICTS.map(([hangul, roman, region]) => [`${region}:${hangul}`, roman]),
);

export type DistrictOption = { key: string; hangul: string; latin: string };

/** The districts a creator can choose in each region (a city's gu are in their city). */
export const DISTRICT_OPTIONS: Readonly<Record<string, readonly DistrictOption[]>> = (() => {
  const out: Record<string, DistrictOption[]> = {};
  for (const [hangul, latin, region] of KR_DISTRICTS) {
    const key = `${region}:${hangul}`;
    if (CITY_OF_GU[key] !== undefined) continue;
    (out[region] ??= []).push({ key, hangul, latin });
  }
  return out;
})();

/**
 * "서울 강남구" (ko) or "Gangnam-gu, Seoul" (en), the region named by `regionName`;
 * null when `key` is not a district key.
 */
export function districtLabel(
  key: string,
  locale: "ko" | "en",
  regionName: (region: string) => string,
): string | null {
  const latin = LATIN.get(key);
  if (latin === undefined) return null;
  const at = key.indexOf(":");
  const region = regionName(key.slice(0, at));
  return locale === "ko" ? `${region} ${key.slice(at + 1)}` : `${latin}, ${region}`;
}

/**
 * A place in words: a district key as districtLabel words it, anything else (a region)
 * as `regionName` names it.
 */
export function placeLabel(
  place: string,
  locale: "ko" | "en",
  regionName: (region: string) => string,
): string {
  return districtLabel(place, locale, regionName) ?? regionName(place);
}
