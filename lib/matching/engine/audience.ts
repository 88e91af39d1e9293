// Audience vectors in fixed bucket order (creator_features.audience_age / _gender),
// parsed leniently from what rosters and YouTube Analytics actually send.
import { normalizeRegion } from "./regions.ts";
import { AGE_BUCKETS, type AgeBucket, type Gender } from "./types.ts";

// Share of YouTube viewers in Korea by age bucket (a typical audience). Used when a
// creator's age mix is unknown, so that a missing audience scores like an average one.
export const POPULATION_AGE_PRIOR = [0.07, 0.19, 0.24, 0.2, 0.15, 0.1, 0.05] as const;
export const POPULATION_FEMALE_PRIOR = 0.5;

const AGE_LOWER = [13, 18, 25, 35, 45, 55, 65];
const AGE_UPPER = [17, 24, 34, 44, 54, 64, 200];

// "18-24", "age18-24" (YouTube Analytics), "65+", "age65-" -> one bucket; any other
// "a-b" / "a+" range -> every bucket it overlaps. null when it is not an age range.
export function parseAgeRange(raw: string): AgeBucket[] | null {
  const key = raw.trim().toLowerCase().replace(/^age/, "").replace(/\s+/g, "");
  const exact = AGE_BUCKETS.indexOf(key as AgeBucket);
  if (exact >= 0) return [AGE_BUCKETS[exact]];
  let lo: number;
  let hi: number;
  const range = /^(\d{1,3})[-~](\d{1,3})$/.exec(key);
  const open = /^(\d{1,3})(\+|-|~|plus)$/.exec(key);
  if (range) {
    lo = Number(range[1]);
    hi = Number(range[2]);
  } else if (open) {
    lo = Number(open[1]);
    hi = 200;
  } else {
    return null;
  }
  if (hi < lo) return null;
  const out: AgeBucket[] = [];
  for (let b = 0; b < AGE_BUCKETS.length; b++) {
    if (AGE_LOWER[b] <= hi && AGE_UPPER[b] >= lo) out.push(AGE_BUCKETS[b]);
  }
  return out.length > 0 ? out : null;
}

// "female"/"f"/"women"... -> "female"; "any"/"all" -> "any"; unknown -> null.
export function parseGender(raw: string): Gender | "any" | null {
  const key = raw.trim().toLowerCase();
  if (["female", "f", "woman", "women", "girls", "여성", "여자"].includes(key)) return "female";
  if (["male", "m", "man", "men", "boys", "남성", "남자"].includes(key)) return "male";
  if (["any", "all", "both", "전체"].includes(key)) return "any";
  return null;
}

function finiteNonNegative(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
}

// Under this total a share list is partial (the top buckets only): what it leaves out is
// spread over the buckets it does not name, not handed to the ones it does ({"18-24":
// 0.2} is not "everyone is 18-24").
const PARTIAL_BELOW = 0.95;
// From this total on, age and gender shares are percentages (YouTube Analytics writes
// 30 for 30 %), possibly of a partial list; a smaller total over 1 is a ratio ("7/3"
// written as 7 and 3), read as proportions of its sum.
export const PERCENT_FROM = 20;
const percentDivisor = (sum: number) => (sum >= PERCENT_FROM ? Math.max(100, sum) : 1);

// Age shares -> 7-vector summing to 1, or [] when nothing usable is there.
export function toAgeVector(age: Record<string, number> | undefined | null): number[] {
  if (!age) return [];
  const v = new Array<number>(AGE_BUCKETS.length).fill(0);
  for (const [k, share] of Object.entries(age)) {
    const buckets = parseAgeRange(k);
    const s = finiteNonNegative(share);
    if (!buckets || s === 0) continue;
    // A key spanning several buckets (e.g. "18-34") is split evenly between them.
    for (const b of buckets) v[AGE_BUCKETS.indexOf(b)] += s / buckets.length;
  }
  const total = v.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return [];
  const d = percentDivisor(total);
  for (let i = 0; i < v.length; i++) v[i] /= d;
  const sum = total / d;
  const unnamed = v.filter((x) => x === 0).length;
  if (sum < PARTIAL_BELOW && unnamed > 0) {
    const rest = (1 - sum) / unnamed;
    return v.map((x) => (x === 0 ? rest : x));
  }
  return v.map((x) => x / sum);
}

// Gender shares -> [female, male] summing to 1 ("user_specified" dropped), or [].
export function toGenderVector(gender: Record<string, number> | undefined | null): number[] {
  if (!gender) return [];
  let female = 0;
  let male = 0;
  for (const [k, share] of Object.entries(gender)) {
    const g = parseGender(k);
    if (g === "female") female += finiteNonNegative(share);
    else if (g === "male") male += finiteNonNegative(share);
  }
  const d = percentDivisor(female + male);
  if (!(female + male > 0)) return [];
  female /= d;
  male /= d;
  const sum = female + male;
  // one side given as a part ({"female": 0.3}): the other is the rest
  if (sum < PARTIAL_BELOW && (female === 0 || male === 0)) {
    return female === 0 ? [1 - male, male] : [female, 1 - female];
  }
  return [female / sum, male / sum];
}

// Shares keyed by place: values given in percent are scaled to fractions; a list that
// adds up to more than 1 is renormalised, a partial list (top countries only) is kept.
function toShareMap(
  raw: Record<string, number> | undefined | null,
  normalizeKey: (k: string) => string | null,
): Record<string, number> | null {
  if (!raw) return null;
  const out: Record<string, number> = {};
  let sum = 0;
  for (const [k, share] of Object.entries(raw)) {
    const key = normalizeKey(k);
    const s = finiteNonNegative(share);
    if (key === null || s === 0) continue;
    out[key] = (out[key] ?? 0) + s;
    sum += s;
  }
  if (sum === 0) return null;
  const scale = sum > 1.5 ? 1 / Math.max(100, sum) : sum > 1 ? 1 / sum : 1;
  if (scale !== 1) for (const k of Object.keys(out)) out[k] *= scale;
  return out;
}

export function toCountryShares(raw: Record<string, number> | undefined | null) {
  return toShareMap(raw, normalizeCountry);
}

// Country names and three-letter codes that exported rosters use for the countries our
// creators' audiences live in; anything else must be an ISO 3166-1 alpha-2 code.
const COUNTRY_NAMES: Record<string, string> = {
  KOREA: "KR",
  "SOUTH KOREA": "KR",
  "REPUBLIC OF KOREA": "KR",
  "KOREA, REPUBLIC OF": "KR",
  KOR: "KR",
  대한민국: "KR",
  한국: "KR",
  "UNITED STATES": "US",
  "UNITED STATES OF AMERICA": "US",
  USA: "US",
  미국: "US",
  JAPAN: "JP",
  JPN: "JP",
  일본: "JP",
  CHINA: "CN",
  CHN: "CN",
  중국: "CN",
  TAIWAN: "TW",
  TWN: "TW",
  대만: "TW",
  VIETNAM: "VN",
  "VIET NAM": "VN",
  VNM: "VN",
  베트남: "VN",
  THAILAND: "TH",
  THA: "TH",
  태국: "TH",
  INDONESIA: "ID",
  IDN: "ID",
  PHILIPPINES: "PH",
  PHL: "PH",
  SINGAPORE: "SG",
  SGP: "SG",
  MALAYSIA: "MY",
  MYS: "MY",
  INDIA: "IN",
  IND: "IN",
  "UNITED KINGDOM": "GB",
  UK: "GB",
  GBR: "GB",
  영국: "GB",
  CANADA: "CA",
  CAN: "CA",
  캐나다: "CA",
  AUSTRALIA: "AU",
  AUS: "AU",
  호주: "AU",
  GERMANY: "DE",
  DEU: "DE",
  독일: "DE",
  FRANCE: "FR",
  FRA: "FR",
  프랑스: "FR",
  BRAZIL: "BR",
  BRA: "BR",
  MEXICO: "MX",
  MEX: "MX",
};

/** An ISO 3166-1 alpha-2 code from a code or a common name ("South Korea", "KOR"), else null. */
export function normalizeCountry(raw: string): string | null {
  const c = raw.trim().toUpperCase().replace(/\s+/g, " ");
  // the names first: "UK" is a name here (ISO says GB)
  if (Object.hasOwn(COUNTRY_NAMES, c)) return COUNTRY_NAMES[c];
  return /^[A-Z]{2}$/.test(c) ? c : null;
}

export function toRegionShares(raw: Record<string, number> | undefined | null) {
  return toShareMap(raw, (k) => normalizeRegion(k));
}
