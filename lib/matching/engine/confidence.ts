// How much to trust a score: data completeness and how predictable the channel is,
// then lowered by what the risks say: a high-severity risk or any audience-quality risk
// caps it at "medium", a poor audience quality makes it "low".
import type { Breakdown } from "./breakdown.ts";
import type { PreparedCampaign } from "./prepare-campaign.ts";
import { QUALITY_SEVERE_BELOW, type AudienceQuality } from "./audience-quality.ts";
import type { Confidence, Risk } from "./types.ts";

export const DORMANT_AFTER_DAYS = 365;

export interface ConfidenceAssessment {
  level: Confidence;
  // 0..1
  score: number;
}

export function assessConfidence(
  b: Breakdown,
  q: PreparedCampaign,
  risks: readonly Risk[] = [],
  quality: AudienceQuality | null = null,
): ConfidenceAssessment {
  const f = b.features;
  let s = 1;
  const hasAnyAudience =
    f.audienceAge.length > 0 ||
    f.audienceGender.length > 0 ||
    f.audienceCountries !== null ||
    f.audienceRegions != null;
  if (!hasAnyAudience) {
    s -= q.targetDims > 0 ? 0.35 : 0.1;
  } else {
    for (const d of [b.age, b.gender, b.country, b.region]) {
      if (d !== null && d.source !== "audience") s -= 0.08;
    }
    if (f.audienceSource !== "verified") s -= 0.08;
  }
  // Without a single video there is nothing to forecast from.
  // nothing, or (three quarters of the weighted videos) no views, to forecast from
  if (f.videoCount === 0 || !(f.viewsP75 > 0)) s = Math.min(s, 0.4);
  else if (f.videoCount < 3) s -= 0.35;
  else if (f.videoCount < 10) s -= 0.2;
  else if (f.videoCount < 20) s -= 0.05;
  if (f.subscribersHidden) s -= 0.05;
  // an unknown rate leaves the budget factor and the value per won guessed
  if (b.cost === null) s -= 0.2;
  if (f.engagementRate <= 0 && f.medianViews > 0) s -= 0.05;
  if (f.medianViews > 0) {
    if (f.viewsP25 <= 0) s -= 0.2;
    else {
      const spread = f.viewsP75 / f.viewsP25;
      if (spread > 8) s -= 0.2;
      else if (spread > 4) s -= 0.1;
    }
  }
  if (f.daysSinceLastVideo !== null && f.daysSinceLastVideo > 90) s -= 0.1;
  if (f.categories.length === 0) s -= 0.1;
  // Any doubt about who the subscribers are (bought ones, say) is worth a lower trust
  // even when the views are real: at most "medium".
  if (risks.some((r) => r.severity === "high" || r.code === "audience_quality")) {
    s = Math.min(s, 0.69);
  }
  if (quality !== null && quality.score < QUALITY_SEVERE_BELOW) s = Math.min(s, 0.44);
  // A year without a video: what the channel once reached says little about the next one.
  if (f.daysSinceLastVideo !== null && f.daysSinceLastVideo > DORMANT_AFTER_DAYS) {
    s = Math.min(s, 0.44);
  }
  const score = Math.max(0, Math.min(1, s));
  return { level: score >= 0.7 ? "high" : score >= 0.45 ? "medium" : "low", score };
}
