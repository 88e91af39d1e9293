// Checks a parsed roster record against what cannot be true, as of a real "now".
// Impossible values reject the line with a reason (the caller adds the line number);
// values that can be read unambiguously are normalised and the note says how.
import { fxRate, formatMoney, minorUnitExponent, normalizeCurrency } from "../money.ts";
import { normalizeCountry, PERCENT_FROM } from "../matching/engine/audience.ts";
import { tierOf } from "../matching/engine/norms.ts";
import { estimatedRateKrw } from "../matching/engine/rate-estimate.ts";
import { parseTimestamp } from "../matching/engine/derive-features.ts";
import { namesKrRegion, unknownPlaceNote } from "../matching/engine/regions.ts";
import { isKnownCategoryLabel, normalizeCategory } from "../matching/engine/taxonomy.ts";
import type { CreatorRecord } from "../matching/engine/types.ts";

export type RecordCheck =
  { ok: true; record: CreatorRecord; notes: string[] } | { ok: false; error: string };

// The oldest date a video can have: a 1970 date is an empty field read as 0.
const EARLIEST_VIDEO_MS = Date.UTC(2005, 0, 1);

// Clocks and time zones differ by hours, not days.
const FUTURE_SLACK_MS = 86_400_000;

const sumOf = (m: Record<string, number> | undefined) =>
  m ? Object.values(m).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0) : 0;

export function checkCreatorRecord(record: CreatorRecord, now: Date): RecordCheck {
  const latestAllowed = now.getTime() + FUTURE_SLACK_MS;
  for (const [i, v] of record.videos.entries()) {
    const t = parseTimestamp(v.publishedAt);
    if (t > latestAllowed) {
      return {
        ok: false,
        error: `videos.${i}.publishedAt: ${v.publishedAt} is after now (${now.toISOString()}); a video cannot be published in the future`,
      };
    }
    if (t < EARLIEST_VIDEO_MS) {
      return {
        ok: false,
        error: `videos.${i}.publishedAt: ${v.publishedAt} is before any of these platforms existed (YouTube opened in 2005)`,
      };
    }
    if (typeof v.likes === "number" && v.likes > v.views) {
      return {
        ok: false,
        error: `videos.${i}: ${v.likes} likes on ${v.views} views is impossible (every like is a view)`,
      };
    }
  }
  const notes: string[] = [];
  const out: CreatorRecord = { ...record };
  if (record.audienceSource === "verified") {
    notes.push(
      "audienceSource verified read as estimated: only data the app fetched itself from the platform is verified",
    );
  }
  if (record.audience) out.audienceSource = "estimated";
  else delete out.audienceSource;
  if (record.ratePerVideo === 0 && record.worksForFree !== true) {
    notes.push(
      'ratePerVideo 0 read as "rate unknown" (write "worksForFree": true for a creator who works for free)',
    );
    out.ratePerVideo = null;
  }
  for (const dim of ["age", "gender"] as const) {
    const sum = sumOf(record.audience?.[dim]);
    // from PERCENT_FROM on they are percentages, read as such
    if (sum > 1.05 && sum < PERCENT_FROM) {
      notes.push(
        `audience.${dim} shares add up to ${Math.round(sum * 100) / 100}, read as proportions of their sum`,
      );
    }
  }
  // Kept as written (an exact match still counts), but said: a label the matching does
  // not know earns no credit from related categories, a place no regional credit.
  const unknown = record.categories.filter((c) => !isKnownCategoryLabel(c));
  if (unknown.length > 0) {
    notes.push(
      `categories ${unknown.map((c) => JSON.stringify(c)).join(", ")} are not in the matching's taxonomy: only a campaign with exactly that category gives them credit`,
    );
  }
  const korean = record.country == null || normalizeCountry(record.country) === "KR";
  if (korean && record.region?.trim() && !namesKrRegion(record.region)) {
    notes.push(unknownPlaceNote(record.region, "only a campaign targeting exactly it counts it"));
  }
  const minorUnits = minorUnitNote(out);
  if (minorUnits) notes.push(minorUnits);
  return { ok: true, record: out, notes };
}

// Rates are in minor units (cents for USD). A USD rate card written in dollars reads a
// hundred times too small: say so when a rate is under a twentieth of what channels of
// its size usually ask.
function minorUnitNote(r: CreatorRecord): string | null {
  const currency = normalizeCurrency(r.currency);
  if (r.ratePerVideo == null || r.ratePerVideo <= 0 || minorUnitExponent(currency) === 0) {
    return null;
  }
  if (typeof r.subscribers !== "number" || !(r.subscribers >= 10_000)) return null;
  const usual =
    estimatedRateKrw(tierOf(r.subscribers), normalizeCategory(r.categories[0] ?? "")) *
    fxRate("KRW", currency);
  if (!(r.ratePerVideo * 20 < usual)) return null;
  return `ratePerVideo ${formatMoney(r.ratePerVideo, currency)} is under a twentieth of what channels of this size usually ask (about ${formatMoney(Math.round(usual), currency)}); rates are in minor units (cents): ${formatMoney(r.ratePerVideo * 100, currency)} is written ${r.ratePerVideo * 100}`;
}
