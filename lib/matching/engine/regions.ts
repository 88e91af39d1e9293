// Korean first-level regions: canonical names, aliases, neighbours and population
// shares. Region matters most to local stores (visit campaigns), and most channels
// only tell us where the creator lives, so the audience by region is estimated from it.

import { HANGUL_SYLLABLE, hangulKeysLongestFirst, isAllHangul } from "./hangul.ts";
import { CITY_OF_GU, KR_DISTRICTS, OVERLAPPING_DISTRICTS } from "./kr-districts.ts";

export const KR_REGIONS = [
  "Seoul",
  "Busan",
  "Daegu",
  "Incheon",
  "Gwangju",
  "Daejeon",
  "Ulsan",
  "Sejong",
  "Gyeonggi",
  "Gangwon",
  "Chungbuk",
  "Chungnam",
  "Jeonbuk",
  "Jeonnam",
  "Gyeongbuk",
  "Gyeongnam",
  "Jeju",
] as const;
export type KrRegion = (typeof KR_REGIONS)[number];

// Share of South Korea's population (Statistics Korea, 2024, rounded).
export const KR_POPULATION_SHARE: Record<KrRegion, number> = {
  Seoul: 0.182,
  Busan: 0.064,
  Daegu: 0.046,
  Incheon: 0.058,
  Gwangju: 0.028,
  Daejeon: 0.028,
  Ulsan: 0.021,
  Sejong: 0.008,
  Gyeonggi: 0.266,
  Gangwon: 0.03,
  Chungbuk: 0.031,
  Chungnam: 0.041,
  Jeonbuk: 0.034,
  Jeonnam: 0.035,
  Gyeongbuk: 0.05,
  Gyeongnam: 0.064,
  Jeju: 0.013,
};

// Areas people commute and shop across.
const NEIGHBOURS: Record<KrRegion, KrRegion[]> = {
  Seoul: ["Gyeonggi", "Incheon"],
  Gyeonggi: ["Seoul", "Incheon", "Gangwon", "Chungbuk", "Chungnam"],
  Incheon: ["Seoul", "Gyeonggi"],
  Busan: ["Ulsan", "Gyeongnam"],
  Ulsan: ["Busan", "Gyeongnam", "Gyeongbuk"],
  Gyeongnam: ["Busan", "Ulsan", "Daegu"],
  Daegu: ["Gyeongbuk", "Gyeongnam"],
  Gyeongbuk: ["Daegu", "Ulsan"],
  Gwangju: ["Jeonnam", "Jeonbuk"],
  Jeonnam: ["Gwangju", "Jeonbuk"],
  Jeonbuk: ["Jeonnam", "Gwangju", "Chungnam"],
  Daejeon: ["Sejong", "Chungnam", "Chungbuk"],
  Sejong: ["Daejeon", "Chungnam", "Chungbuk"],
  Chungnam: ["Daejeon", "Sejong", "Chungbuk", "Gyeonggi"],
  Chungbuk: ["Daejeon", "Sejong", "Chungnam", "Gyeonggi"],
  Gangwon: ["Gyeonggi"],
  Jeju: [],
};

const ALIASES: Record<string, KrRegion> = {
  seoul: "Seoul",
  서울: "Seoul",
  busan: "Busan",
  pusan: "Busan",
  부산: "Busan",
  daegu: "Daegu",
  taegu: "Daegu",
  대구: "Daegu",
  incheon: "Incheon",
  인천: "Incheon",
  gwangju: "Gwangju",
  광주: "Gwangju",
  daejeon: "Daejeon",
  대전: "Daejeon",
  ulsan: "Ulsan",
  울산: "Ulsan",
  sejong: "Sejong",
  세종: "Sejong",
  gyeonggi: "Gyeonggi",
  kyonggi: "Gyeonggi",
  경기: "Gyeonggi",
  gangwon: "Gangwon",
  kangwon: "Gangwon",
  강원: "Gangwon",
  chungbuk: "Chungbuk",
  chungcheongbuk: "Chungbuk",
  northchungcheong: "Chungbuk",
  충북: "Chungbuk",
  충청북: "Chungbuk",
  chungnam: "Chungnam",
  chungcheongnam: "Chungnam",
  southchungcheong: "Chungnam",
  충남: "Chungnam",
  충청남: "Chungnam",
  jeonbuk: "Jeonbuk",
  jeollabuk: "Jeonbuk",
  northjeolla: "Jeonbuk",
  전북: "Jeonbuk",
  전라북: "Jeonbuk",
  jeonnam: "Jeonnam",
  jeollanam: "Jeonnam",
  southjeolla: "Jeonnam",
  전남: "Jeonnam",
  전라남: "Jeonnam",
  gyeongbuk: "Gyeongbuk",
  gyeongsangbuk: "Gyeongbuk",
  northgyeongsang: "Gyeongbuk",
  경북: "Gyeongbuk",
  경상북: "Gyeongbuk",
  gyeongnam: "Gyeongnam",
  gyeongsangnam: "Gyeongnam",
  southgyeongsang: "Gyeongnam",
  경남: "Gyeongnam",
  경상남: "Gyeongnam",
  jeju: "Jeju",
  cheju: "Jeju",
  제주: "Jeju",
};

const SUFFIXES = [
  "specialselfgoverningprovince",
  "specialselfgoverningcity",
  "metropolitancity",
  "specialcity",
  "province",
  "city",
  "특별자치도",
  "특별자치시",
  "특별시",
  "광역시",
  "do",
  "si",
  "도",
  "시",
];

// Index builds normalise a million rows with a few dozen distinct names: remember them
// (the first 10,000).
function remembered(read: (raw: string) => string | null) {
  const cache = new Map<string, string | null>();
  return (raw: string | null | undefined): string | null => {
    if (raw == null) return null;
    const cached = cache.get(raw);
    if (cached !== undefined) return cached;
    const out = read(raw);
    if (cache.size < 10_000) cache.set(raw, out);
    return out;
  };
}

/**
 * Canonical Korean region name, or the trimmed input when it is not a Korean region
 * (so that exact matches on other places still work). Empty -> null.
 */
export const normalizeRegion = remembered(normalizeRegionUncached);

function normalizeRegionUncached(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === "") return null;
  // a district key ("Seoul:강남구", normalizeDistrict) is in its region
  if (isDistrictKey(trimmed)) return provinceOfDistrictKey(trimmed);
  // 광주시 alone is the city in Gyeonggi or, as people also write it, 광주광역시: 300 km
  // apart, so it names no province until one is written with it
  if (GWANGJU_SI.test(trimmed)) return trimmed;
  const whole = krRegionOf(trimmed);
  if (whole) return whole;
  // An address: "부산 해운대구", "Haeundae-gu, Busan", "Busan, South Korea",
  // "경기도 성남시 분당구": the part (or two adjacent parts, "South Chungcheong") that
  // names a province or metropolitan city; the first in Korean, the last in English.
  const parts = trimmed.split(/[\s,/()]+/).filter((p) => p !== "");
  const found: KrRegion[] = [];
  for (let i = 0; i < parts.length; i++) {
    const one = krRegionOf(parts[i]);
    if (one) found.push(one);
    else if (i + 1 < parts.length) {
      const two = krRegionOf(parts[i] + parts[i + 1]);
      if (two) found.push(two);
    }
  }
  const hangul = HANGUL_SYLLABLE.test(trimmed);
  if (found.length > 0) {
    // Gwangju the city of Gyeonggi, however it is written
    if (found.includes("Gwangju") && found.includes("Gyeonggi")) return "Gyeonggi";
    // Korean addresses go from the province down, English ones from the street up
    return hangul ? found[0] : found[found.length - 1];
  }
  // Written without spaces: "부산해운대구", "서울특별시강남구"
  if (isAllHangul(trimmed)) {
    for (const alias of HANGUL_ALIASES) if (trimmed.startsWith(alias)) return ALIASES[alias];
  }
  // No province named: a district, city or county alone ("해운대", "분당구 정자동",
  // "Suwon-si", "Bundang-gu, Seongnam-si") is in the province it belongs to.
  const byDistrict = provinceOfDistricts(parts, hangul);
  if (byDistrict) return byDistrict;
  if (isAllHangul(trimmed)) {
    for (const name of HANGUL_DISTRICT_NAMES) {
      if (trimmed.startsWith(name)) return districtOf(name) ?? trimmed;
    }
  }
  return trimmed;
}

// Second-level divisions by their names as written (engine/kr-districts.ts): in Hangul
// and romanised, with their suffix ("해운대구", "Haeundae-gu", "Suwon City") and without
// it ("해운대", "Haeundae") when two syllables or four letters are left. A name in two
// provinces (중구, 고성군, "Gangseo-gu") maps to null: it says nothing until its province
// is written with it. Some names count only with their suffix: the gu inside ordinary
// cities (분당구, 수정구), Hangul names that are everyday words (동작, 수영, 예산, 공주),
// and romanised names of cities abroad as well ("Jinan", "Anyang", "Ha Nam").
const GWANGJU_SI = /^(광주시|gwangju[\s-]?(si|city))$/i;

const COMMON_WORDS = new Set([
  "동작",
  "수영",
  "사상",
  "기장",
  "달성",
  "연수",
  "강화",
  "유성",
  "광명",
  "구리",
  "화성",
  "동해",
  "인제",
  "보은",
  "음성",
  "공주",
  "예산",
  "장수",
  "영광",
  "영양",
  "고령",
  "남동",
  "영동",
]);

// A few areas people name instead of their district, as the district they are in
// (one province each).
const KNOWN_AREAS: Record<string, string> = {
  분당: "Gyeonggi:성남시",
  bundang: "Gyeonggi:성남시",
  일산: "Gyeonggi:고양시",
  ilsan: "Gyeonggi:고양시",
  판교: "Gyeonggi:성남시",
  pangyo: "Gyeonggi:성남시",
  동탄: "Gyeonggi:화성시",
  dongtan: "Gyeonggi:화성시",
  마산: "Gyeongnam:창원시",
  masan: "Gyeongnam:창원시",
  홍대: "Seoul:마포구",
  hongdae: "Seoul:마포구",
  잠실: "Seoul:송파구",
  jamsil: "Seoul:송파구",
  여의도: "Seoul:영등포구",
  yeouido: "Seoul:영등포구",
  이태원: "Seoul:용산구",
  itaewon: "Seoul:용산구",
  광안리: "Busan:수영구",
  gwangalli: "Busan:수영구",
};

const FOREIGN_HOMONYMS = new Set([
  "jinan",
  "anyang",
  "danyang",
  "sinan",
  "hadong",
  "hanam",
  "suji",
]);

// Seoul and the metropolitan cities, which KR_REGIONS lists first (Sejong is neither).
const METROPOLITAN: ReadonlySet<KrRegion> = new Set(
  KR_REGIONS.slice(0, KR_REGIONS.indexOf("Sejong")),
);

/** A romanised name as a key: lower case, no separators, English suffix words as -gu/-gun/-si. */
function latinKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-_.,]+/g, "")
    .replace(/(district|county|city)$/, (w) => ({ district: "gu", county: "gun", city: "si" })[w]!);
}

type NameMap = Map<string, Set<KrRegion>>;
const addName = (map: NameMap, key: string, region: KrRegion) => {
  const set = map.get(key) ?? new Set<KrRegion>();
  set.add(region);
  map.set(key, set);
};

/**
 * DISTRICT_PROVINCES: every key normalizeRegion reads a district by, and the provinces
 * it is in. BARE_NAMES: every name without its suffix ("중", "동작", "jung"), read or
 * not, for the notes that say how to write a place.
 */
const [DISTRICT_PROVINCES, BARE_NAMES, DISTRICT_UNITS] = (() => {
  const keys: NameMap = new Map();
  const bare: NameMap = new Map();
  // the same keys, to the district each names ("Gyeonggi:성남시" for 분당구 too)
  const units = new Map<string, Set<string>>();
  const add = (key: string, region: KrRegion, unit: string) => {
    addName(keys, key, region);
    const set = units.get(key) ?? new Set<string>();
    set.add(`${region}:${unit}`);
    units.set(key, set);
  };
  for (const [hangul, roman, region] of KR_DISTRICTS) {
    const stem = hangul.slice(0, -1);
    const latinStem = latinKey(roman.replace(/-(gu|gun|si)$/, ""));
    const unit = CITY_OF_GU[`${region}:${hangul}`] ?? hangul;
    add(hangul, region, unit);
    add(latinKey(roman), region, unit);
    addName(bare, stem, region);
    addName(bare, latinStem, region);
    const inOrdinaryCity = hangul.endsWith("구") && !METROPOLITAN.has(region);
    if (inOrdinaryCity) continue;
    if (stem.length >= 2 && !COMMON_WORDS.has(stem)) add(stem, region, unit);
    if (latinStem.length >= 4 && !FOREIGN_HOMONYMS.has(latinStem)) add(latinStem, region, unit);
  }
  for (const [name, key] of Object.entries(KNOWN_AREAS)) {
    const at = key.indexOf(":");
    add(name, key.slice(0, at) as KrRegion, key.slice(at + 1));
  }
  return [keys, bare, units];
})();

/** The district named `hangul` without its suffix, when there is one ("동작" → 동작구). */
const FULL_NAME_OF_STEM = new Map(
  KR_DISTRICTS.map(([hangul, , region]) => [hangul.slice(0, -1), [hangul, region] as const]),
);

/** A district key's province, or null when the name is in several. */
function districtOf(part: string): KrRegion | null | undefined {
  const provinces = DISTRICT_PROVINCES.get(part) ?? DISTRICT_PROVINCES.get(latinKey(part));
  if (!provinces) return undefined;
  return provinces.size === 1 ? [...provinces][0] : null;
}

const SUFFIX_WORD = /^(gu|gun|si|district|county|city)$/i;

/** Hangul names with their suffix, longest first: read at the start of "분당구정자동". */
const HANGUL_DISTRICT_NAMES = KR_DISTRICTS.map(([hangul]) => hangul).sort(
  (a, b) => b.length - a.length,
);
const HANGUL_DISTRICT_SET: ReadonlySet<string> = new Set(HANGUL_DISTRICT_NAMES);

/**
 * The province of the districts an address names (each part, or two adjacent parts:
 * "Bundang gu"). A name in several provinces (중구) counts for none, so "중구" alone gives
 * no province and "중구 Suwon-si" gives Suwon's. Of two that disagree, the first in
 * Korean, the last in English, as for provinces.
 */
function provinceOfDistricts(parts: readonly string[], hangul: boolean): KrRegion | null {
  const found: KrRegion[] = [];
  for (let i = 0; i < parts.length; i++) {
    let d = districtOf(parts[i]);
    // "Bundang gu", "Suwon City": a name and its suffix word, not any two words ("Ha Nam")
    if (d === undefined && SUFFIX_WORD.test(parts[i + 1] ?? ""))
      d = districtOf(parts[i] + parts[i + 1]);
    if (d) found.push(d);
  }
  if (found.length === 0) return null;
  return hangul ? found[0] : found[found.length - 1];
}

/**
 * The district a place as written is in, when it names one its province has:
 * "서울 강남구 역삼동", "Gangnam-gu, Seoul", "경기도 성남시 분당구", "분당", "부산해운대구".
 * null when it names none, only a province, or two that disagree. A district is the
 * second-level unit inside its province, as "Province:name" ("Seoul:강남구",
 * "Gyeonggi:성남시": a gu of an ordinary city is its city).
 */
export const normalizeDistrict = remembered(normalizeDistrictUncached);

function normalizeDistrictUncached(raw: string): string | null {
  const trimmed = raw.trim();
  if (isDistrictKey(trimmed)) return trimmed;
  const province = normalizeRegion(raw);
  if (province === null || !isKrRegion(province)) return null;
  const found = new Set<string>();
  const take = (key: string) => {
    for (const unit of DISTRICT_UNITS.get(key) ?? DISTRICT_UNITS.get(latinKey(key)) ?? []) {
      if (unit.startsWith(`${province}:`)) found.add(unit);
    }
  };
  const parts = trimmed.split(/[\s,/()]+/).filter((p) => p !== "");
  for (let i = 0; i < parts.length; i++) {
    // a name and its suffix word first ("Jeju City", "Bundang gu")
    if (SUFFIX_WORD.test(parts[i + 1] ?? "")) {
      const before = found.size;
      take(parts[i] + parts[i + 1]);
      if (found.size > before) continue;
    }
    const key = parts[i].toLowerCase().replace(/[\s\-_.,]+/g, "");
    // 광주 written with Gyeonggi is its city (normalizeRegion reads it so)
    if (province === "Gyeonggi" && ALIASES[key] === "Gwangju") take("광주시");
    // any other province's own name ("제주", "Seoul") is not a city of it ("제주시")
    else if (!Object.hasOwn(ALIASES, key)) take(parts[i]);
  }
  // Written without spaces: "서울특별시강남구", "부산해운대구"
  if (found.size === 0 && isAllHangul(trimmed)) {
    const name = HANGUL_DISTRICT_NAMES.find((n) => trimmed.includes(n));
    if (name) take(name);
  }
  // A word that is a city and its gu run together ("경북 포항시남구", "경기도
  // 수원시장안구") or a district's office ("서울 중구청"); not any word that starts like a
  // district ("경북 남구미" is in 구미시, "부산 서구식" is a kind of food)
  if (found.size === 0) {
    for (const part of parts) {
      const name = HANGUL_DISTRICT_NAMES.find((n) => {
        const rest = part.slice(n.length);
        return part.startsWith(n) && (rest === "청" || HANGUL_DISTRICT_SET.has(rest));
      });
      if (name) take(name);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The province of a district key. */
export const provinceOfDistrictKey = (key: string): KrRegion =>
  key.slice(0, key.indexOf(":")) as KrRegion;

/** Every district key (normalizeDistrict's units). */
export const DISTRICT_KEYS: ReadonlySet<string> = new Set(
  [...DISTRICT_UNITS.values()].flatMap((set) => [...set]),
);

/** `district` when it is a district key of `region`, else null. */
export function districtIn(
  district: string | null | undefined,
  region: string | null,
): string | null {
  return district != null && region !== null && isDistrictKey(district, region) ? district : null;
}

/** Whether `key` is a district key (of `region`, when given). */
export function isDistrictKey(key: string, region?: string): boolean {
  return DISTRICT_KEYS.has(key) && (region === undefined || provinceOfDistrictKey(key) === region);
}

/**
 * A place as a campaign targets or filters it: a district key when the text names a
 * district (or is one), else its region as normalizeRegion reads it.
 */
export function normalizePlace(raw: string | null | undefined): string | null {
  return normalizeDistrict(raw) ?? normalizeRegion(raw);
}

/** The region of a home as the creator index keeps it: a district key or a region. */
export const regionOfHome = (home: string): string =>
  isDistrictKey(home) ? provinceOfDistrictKey(home) : home;

/**
 * Whether a place filter naming `place` (normalizePlace) keeps a creator based at
 * `home` (a district key or a region): the place itself, a district of it when it is a
 * region, or a district whose ground overlaps it since a reorganisation
 * (OVERLAPPING_DISTRICTS: an address written before 2026 names 인천 동구 for what is
 * 제물포구 now).
 */
export function placeKeeps(place: string, home: string): boolean {
  return (
    place === home ||
    place === regionOfHome(home) ||
    (OVERLAPPING_DISTRICTS.get(place)?.includes(home) ?? false)
  );
}

/**
 * Whether every creator a filter naming `place` keeps is kept by one naming one of
 * `others` too: "서울 강남구" within "Seoul", 인천 동구 within 제물포구 (all of its ground
 * is), but not 제물포구 within 동구 (it keeps the addresses that say 중구 too).
 */
export function placeWithin(place: string, others: readonly string[]): boolean {
  return [place, ...(OVERLAPPING_DISTRICTS.get(place) ?? [])].every((home) =>
    others.some((other) => placeKeeps(other, home)),
  );
}

/** How many districts (units of normalizeDistrict) each province has. */
export const DISTRICTS_PER_PROVINCE: Readonly<Record<KrRegion, number>> = (() => {
  const out = Object.fromEntries(KR_REGIONS.map((r) => [r, 0])) as Record<KrRegion, number>;
  for (const u of DISTRICT_KEYS) out[provinceOfDistrictKey(u)]++;
  return out;
})();

/**
 * What to say of a place that names no province: a district in several ("중구"), or
 * 광주시, asks for its province; anything else is only matched as written (`then`).
 */
export function unknownPlaceNote(raw: string, then: string): string {
  const provinces = provincesOfDistrict(raw);
  if (provinces.length > 1) {
    return `region ${JSON.stringify(raw)} is a place in ${provinces.join(", ")}: write its province or city too ("${provinces[0]} ${raw.trim()}")`;
  }
  // a district whose name alone is an everyday word ("동작") or a gu of an ordinary city
  // ("수정"): read with its suffix only
  const full = FULL_NAME_OF_STEM.get(raw.trim());
  if (provinces.length === 1 && full) {
    return `region ${JSON.stringify(raw)} is read as a place only with its suffix: write "${full[0]}" (${full[1]})`;
  }
  return `region ${JSON.stringify(raw)} names no Korean province, metropolitan city or district: ${then}`;
}

/**
 * The provinces a district's name alone could mean ("중구": six, "분당": one, "광주시":
 * Gyeonggi and Gwangju), read as normalizeRegion reads names and also without the
 * suffix it needs ("Jung", "동작"). Empty when it is none.
 */
export function provincesOfDistrict(raw: string): KrRegion[] {
  const text = raw.trim();
  const provinces = new Set<KrRegion>();
  for (const map of [DISTRICT_PROVINCES, BARE_NAMES]) {
    for (const key of [text, latinKey(text)]) for (const r of map.get(key) ?? []) provinces.add(r);
  }
  if (GWANGJU_SI.test(text)) provinces.add("Gwangju");
  return KR_REGIONS.filter((r) => provinces.has(r));
}

function krRegionOf(text: string): KrRegion | null {
  let key = text.toLowerCase().replace(/[\s\-_.,]+/g, "");
  if (Object.hasOwn(ALIASES, key)) return ALIASES[key];
  for (const s of SUFFIXES) {
    if (key.length > s.length && key.endsWith(s)) {
      key = key.slice(0, -s.length);
      if (Object.hasOwn(ALIASES, key)) return ALIASES[key];
    }
  }
  return null;
}

const HANGUL_ALIASES = hangulKeysLongestFirst(ALIASES);

/** Whether a place as written names a Korean province or metropolitan city. */
export function namesKrRegion(raw: string | null | undefined): boolean {
  const region = normalizeRegion(raw);
  return region !== null && isKrRegion(region);
}

export function isKrRegion(region: string): region is KrRegion {
  return (KR_REGIONS as readonly string[]).includes(region);
}

export function populationShare(region: string): number {
  return isKrRegion(region) ? KR_POPULATION_SHARE[region] : 0;
}

export function regionNeighbours(region: string): readonly string[] {
  return isKrRegion(region) ? NEIGHBOURS[region] : [];
}

// Without measured audience-by-region, a creator based in `home` is assumed to draw
// this much of its audience from home, this much from the neighbouring regions (split
// by population), and the rest from the whole country by population.
export const HOME_AUDIENCE_SHARE = 0.4;
export const NEIGHBOUR_AUDIENCE_SHARE = 0.15;
// Of a local creator's audience in its home region, the share that lives in its own
// district (a neighbourhood's followers cluster where the creator lives and films); the
// rest is spread over the region's districts, nearer ones more (district-spread.ts).
// Assumptions, like the two above.
export const HOME_DISTRICT_SHARE = 0.5;
const NATIONAL_AUDIENCE_SHARE = 1 - HOME_AUDIENCE_SHARE - NEIGHBOUR_AUDIENCE_SHARE;

// Estimated share of the audience of a creator based in `home` (null = unknown) that
// lives in one of `targets` (canonical names).
/** The population share of the target regions: what a creator with no home reaches. */
export function nationalRegionShare(targets: ReadonlySet<string>): number {
  let national = 0;
  for (const t of targets) national += populationShare(t);
  return national;
}

// `national` is nationalRegionShare(targets), passed in by callers that ask for many
// homes, so that the cost per home stays the size of its neighbourhood, not of the
// target list (a campaign targeting every region must not cost regions² per ranking).
export function estimatedRegionShare(
  home: string | null,
  targets: ReadonlySet<string>,
  national: number = nationalRegionShare(targets),
): number {
  if (home === null) return national;
  const neighbours = regionNeighbours(home);
  let neighbourPop = 0;
  let neighbourTargetPop = 0;
  for (const n of neighbours) {
    neighbourPop += populationShare(n);
    if (targets.has(n)) neighbourTargetPop += populationShare(n);
  }
  const local = targets.has(home) ? HOME_AUDIENCE_SHARE : 0;
  // A home outside Korea still has a local audience but no national spill-over here.
  const nationalPart = isKrRegion(home) ? NATIONAL_AUDIENCE_SHARE * national : 0;
  const neighbourPart =
    neighbourPop > 0 ? (NEIGHBOUR_AUDIENCE_SHARE * neighbourTargetPop) / neighbourPop : 0;
  return local + neighbourPart + nationalPart;
}
