// Turning Google's values into ours: ISO 8601 durations, string counts, and Analytics
// rows into the audience_shares buckets the engine reads (shares as fractions).
import { AGE_BUCKETS } from "../vocabulary.ts";
import type { ResultTable } from "./types.ts";

/** "PT1H2M3S" -> 3723; "P1DT1S" -> 86401; anything else -> null. */
export function parseIsoDuration(value: string | undefined): number | null {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value ?? "");
  if (!m || value === "P" || value === "PT") return null;
  const [, d, h, min, s] = m.map((x) => Number(x ?? 0));
  return d! * 86_400 + h! * 3600 + min! * 60 + s!;
}

/** A count Google sends as a string; missing or malformed -> null. */
export function parseCount(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

// YouTube Analytics ageGroup -> our AGE bucket ("age65-" means 65 and over).
const AGE_GROUP: Record<string, string> = Object.fromEntries(
  AGE_BUCKETS.map((b) => [`age${b.replace("+", "-")}`, b]),
);

export type AudienceBreakdown = {
  age: Record<string, number>;
  gender: Record<string, number>;
  country: Record<string, number>;
};

function column(table: ResultTable, name: string): number {
  return table.columnHeaders.findIndex((h) => h.name === name);
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/**
 * Sums viewerPercentage over the other dimension: ageGroup x gender rows give the age
 * and the gender split. "user_specified" gender is left out (the engine targets female
 * and male), so genders may sum to a little under 1. Null when there are no rows.
 */
export function audienceFromReports(
  ageGender: ResultTable,
  countries: ResultTable,
): AudienceBreakdown | null {
  const rows = ageGender.rows ?? [];
  const countryRows = countries.rows ?? [];
  if (rows.length === 0 && countryRows.length === 0) return null;
  const age: Record<string, number> = {};
  const gender: Record<string, number> = {};
  const [ai, gi, pi] = ["ageGroup", "gender", "viewerPercentage"].map((n) => column(ageGender, n));
  for (const r of rows) {
    const bucket = AGE_GROUP[String(r[ai!])];
    const share = Number(r[pi!]) / 100;
    if (!Number.isFinite(share) || share <= 0) continue;
    if (bucket) age[bucket] = (age[bucket] ?? 0) + share;
    const g = String(r[gi!]);
    if (g === "female" || g === "male") gender[g] = (gender[g] ?? 0) + share;
  }
  const country: Record<string, number> = {};
  const [ci, cp] = ["country", "viewerPercentage"].map((n) => column(countries, n));
  for (const r of countryRows) {
    const code = String(r[ci!]).toUpperCase();
    const share = Number(r[cp!]) / 100;
    if (/^[A-Z]{2}$/.test(code) && Number.isFinite(share) && share > 0) country[code] = share;
  }
  const rounded = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round4(v)]));
  return { age: rounded(age), gender: rounded(gender), country: rounded(country) };
}
