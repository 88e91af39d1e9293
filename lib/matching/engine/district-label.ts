// A district key ("Seoul:강남구", regions.ts normalizeDistrict) in words, for the pages'
// and the CLI's sentences. Its own module so that the browser's code gets the names
// table only, not the place reader.
import { KR_DISTRICTS } from "./kr-districts.ts";

const LATIN = new Map(
  KR_DISTRICTS.map(([hangul, roman, region]) => [`${region}:${hangul}`, roman]),
);

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
