// Reasons (one sentence per factor, with the numbers) and risk factors for a scored
// creator. Only run for the creators a ranking returns.
import {
  assessAudienceQuality,
  QUALITY_RISK_BELOW,
  QUALITY_SEVERE_BELOW,
  type AudienceQuality,
} from "./audience-quality.ts";
import type { Breakdown, DimensionBreakdown } from "./breakdown.ts";
import { assessConfidence } from "./confidence.ts";
import { formatMoney } from "../../money.ts";
import { formatNumber, formatShort } from "./format.ts";
import { predict } from "../forecast/model.ts";
import { ENGAGEMENT_NORM } from "./norms.ts";
import type { PreparedCampaign } from "./prepare-campaign.ts";
import { REACH_CAP_BELOW } from "./factors.ts";
import { SETTLE_DAYS } from "./derive-features.ts";
import {
  TIER_SLUGS,
  type Forecast,
  type MatchResult,
  type Platform,
  type RateStatus,
  type Risk,
  type RiskCode,
  type ValuePerCost,
} from "./types.ts";

const int = (x: number) => formatNumber(Math.round(x));
const pct = (x: number) => `${Math.round(x * 100)}%`;
const pct1 = (x: number) => `${formatShort(x * 100)}%`;
const score1 = (x: number) => Math.round(x * 1000) / 10;
const orList = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} or ${xs[xs.length - 1]}`;

function money(amount: number, currency: string): string {
  // Costs per view are often below one won; show them with a decimal.
  if (currency === "KRW" && Math.abs(amount) < 100) {
    return `₩${formatNumber(amount, Math.abs(amount) < 10 ? 1 : 0)}`;
  }
  return formatMoney(amount, currency);
}

function sourceNote(d: DimensionBreakdown, measured: string, home: string, prior: string): string {
  return d.source === "audience" ? measured : d.source === "home" ? home : prior;
}

function audienceReason(b: Breakdown, q: PreparedCampaign): string {
  const head = `Audience fit ${score1(b.audience)}/100 (each targeted dimension's share against the share a fully fitting audience has, combined; not itself a share)`;
  if (q.targetDims === 0)
    return `${head}: the campaign sets no target audience, so every creator fits alike.`;
  const f = b.features;
  const parts: string[] = [];
  if (b.age) {
    const ages = orList(q.ageTargetLabels);
    parts.push(
      sourceNote(
        b.age,
        `${pct(b.age.share)} of viewers are aged ${ages}`,
        "",
        `age mix unknown, a typical audience has ${pct(b.age.share)} aged ${ages}`,
      ),
    );
  }
  if (b.gender) {
    const g = q.genderTarget === 0 ? "female" : "male";
    parts.push(
      sourceNote(
        b.gender,
        `${pct(b.gender.share)} are ${g}`,
        "",
        `gender mix unknown (assumed ${pct(b.gender.share)} ${g})`,
      ),
    );
  }
  if (b.country) {
    const cs = orList([...q.countries]);
    parts.push(
      sourceNote(
        b.country,
        `${pct(b.country.share)} are in ${cs}`,
        `audience countries unknown, the creator is based in ${f.country} (assumed ${pct(b.country.share)} in ${cs})`,
        `audience countries unknown (assumed ${pct(b.country.share)} in ${cs})`,
      ),
    );
  }
  if (b.region) {
    const rs = orList([...q.regions]);
    parts.push(
      sourceNote(
        b.region,
        `of viewers in Korea, ${pct(b.region.share)} live in ${rs}`,
        `of viewers in Korea, an estimated ${pct(b.region.share)} live in ${rs} (creator based in ${f.region})`,
        `home region unknown; of viewers in Korea, an estimated ${pct(b.region.share)} live in ${rs} like the national average`,
      ),
    );
  }
  const label =
    f.audienceSource === "verified"
      ? `verified: fetched by the app from the creator's own ${ANALYTICS[f.platform]}`
      : f.audienceSource === "estimated"
        ? "estimated from public data"
        : "no audience data, typical values assumed";
  const reach =
    b.targetReach === null
      ? ""
      : ` Measured reach: the audience reaches ${pct(b.targetReach)} of what a fully fitting audience reaches in the targeted ${reachDims(b)}${b.reachCap !== null ? `, under ${pct(REACH_CAP_BELOW)}, so the score is capped at ${formatShort(b.reachCap)}` : ""}.`;
  return `${head}: ${parts.join("; ")} (${label}).${reach}`;
}

const ANALYTICS: Record<Platform, string> = {
  youtube: "YouTube Analytics",
  instagram: "Instagram Insights",
  tiktok: "TikTok Analytics",
};

function reachDims(b: Breakdown): string {
  const dims = [
    b.age?.source === "audience" ? "age" : null,
    b.gender?.source === "audience" ? "gender" : null,
    b.country?.source === "audience" ? "country" : null,
  ].filter((d): d is string => d !== null);
  return dims.join(" x ");
}

function categoryReason(b: Breakdown, q: PreparedCampaign): string {
  const head = `Category match ${score1(b.category)}/100`;
  const cats = b.features.categories;
  if (cats.length === 0) return `${head}: the creator lists no categories.`;
  if (b.bestCategory === null) {
    return `${head}: none of the creator's categories (${cats.join(", ")}) is related to ${q.category}.`;
  }
  const position =
    b.bestCategoryPosition === 0
      ? "main category"
      : `category no. ${b.bestCategoryPosition + 1} of ${cats.length}`;
  if (b.bestCategorySimilarity === 1) {
    return `${head}: ${q.category} is the creator's ${position}${b.bestCategoryPosition > 0 ? ` (main: ${cats[0]})` : ""}.`;
  }
  return `${head}: ${b.bestCategory} (the creator's ${position}) is related to ${q.category}, ${pct(b.bestCategorySimilarity)} credit.`;
}

function performanceReason(b: Breakdown, expectedViews: number): string {
  const f = b.features;
  const head = `Performance ${score1(b.performance)}/100 (75% expected views on a log scale, 25% engagement against the norm)`;
  if (f.videoCount === 0 || f.medianViews <= 0) {
    return `${head}: ${f.videoCount === 0 ? "no videos to judge from" : `the ${videos(f.videoCount)} have no views`}, so no views can be expected.`;
  }
  const parts = [
    `videos get a median of ${int(f.medianViews)} views (middle half ${int(f.viewsP25)}-${int(f.viewsP75)}, over the ${videos(f.videoCount)}, newer ones weighted more)`,
  ];
  if (b.staleFactor < 1 && f.daysSinceLastVideo !== null) {
    parts.push(
      `no upload for ${int(f.daysSinceLastVideo)} days, so expected views are cut to ${pct(b.staleFactor)}`,
    );
  }
  if (b.qualityFactor < 0.95) {
    parts.push(
      `views counted at ${pct(b.qualityFactor)} because the audience barely engages (bought or autoplayed views)`,
    );
  }
  parts.push(`about ${int(expectedViews)} views expected for this campaign`);
  if (f.engagementRate > 0) {
    const norm = ENGAGEMENT_NORM[f.platform][b.performanceTier];
    parts.push(
      `engagement ${pct1(f.engagementRate)} (median of (likes + comments) / views) is ${formatShort(b.engagementRatio)}x the norm of ${pct1(norm)} for channels with ${b.performanceTier}-tier views`,
    );
  } else {
    parts.push("engagement unknown (likes and comments not available)");
  }
  return `${head}: ${parts.join("; ")}. Subscriber counts are not used.`;
}

const videos = (n: number) =>
  n === 1
    ? `last video older than ${SETTLE_DAYS} days`
    : `last ${n} videos older than ${SETTLE_DAYS} days`;

function handlingNote(q: PreparedCampaign): string {
  return `${money(q.handlingCost, q.currency)} handling (the cost of booking one creator: briefing, shipping the product, reviewing the draft; 2% of the budget, at least ₩100,000 and at most ₩1,000,000)`;
}

function budgetReason(b: Breakdown, q: PreparedCampaign, forecast: Forecast): string {
  const head = `Budget efficiency ${score1(b.budget)}/100 (cost per expected view against the platform benchmark)`;
  const budget = money(q.budget, q.currency);
  if (b.cost === null) {
    return `${head}: the creator's rate is unknown${b.features.ratePerVideo !== null ? ` (currency ${b.features.currency} cannot be converted)` : ""}, so budget efficiency is set to ${score1(b.budget)}, under the benchmark, until it is negotiated.`;
  }
  if (b.cost === 0) {
    return `${head}: the creator works for free (the roster says so); the cost is the ${handlingNote(q)}${forecast.costPerView !== null ? `, ${money(forecast.costPerView, q.currency)} per expected view` : ""}.`;
  }
  const rate = money(b.cost, q.currency);
  if (b.overBudget) {
    return `${head}: the rate of ${rate} is ${pct(b.cost / q.budget)} of the whole ${budget} budget; the total score is cut to ${pct(b.penaltyMultiplier)} of its value.`;
  }
  const cpv =
    forecast.costPerView !== null
      ? `${money(forecast.costPerView, q.currency)} per expected view (rate + ${handlingNote(q)}) / ${int(forecast.views.expected)} expected views, against a benchmark of ${money(b.benchmarkCpv, q.currency)}`
      : "no views expected, so every won is spent without return";
  return `${head}: the rate of ${rate} is ${pct(b.cost / q.budget)} of the ${budget} budget; ${cpv}.`;
}

function risksOf(b: Breakdown, q: PreparedCampaign, quality: AudienceQuality): Risk[] {
  const f = b.features;
  const risks: Risk[] = [];
  const add = (code: RiskCode, severity: Risk["severity"], message: string, data: Risk["data"]) =>
    risks.push({ code, severity, message, data });

  if (quality.score < QUALITY_RISK_BELOW) {
    const worst = quality.signals.filter((s) => s.points > 0).sort((a, c) => c.points - a.points);
    const vps = quality.signals.find((s) => s.code === "views_per_subscriber");
    add(
      "audience_quality",
      quality.score < QUALITY_SEVERE_BELOW ? "high" : "medium",
      `Audience quality ${quality.score}/100${vps && vps.points > 0 ? " (inflated or inactive subscribers)" : ""}: ${worst.map((s) => s.message).join(" ")}`,
      {
        score: quality.score,
        subscribers: f.subscribers,
        medianViews: f.medianViews,
        viewsPerSubscriber: vps?.value ?? null,
        viewsPerSubscriberNorm: vps?.norm ?? null,
      },
    );
  }
  if (b.reachCap !== null && b.targetReach !== null) {
    add(
      "audience_mismatch",
      "high",
      `The measured audience reaches only ${pct(b.targetReach)} of what a fully fitting audience reaches in the targeted ${reachDims(b)}: the score is capped at ${formatShort(b.reachCap)}.`,
      { reach: b.targetReach, cap: b.reachCap },
    );
  }
  if (f.engagementRate > 0 && f.medianViews > 0) {
    const norm = ENGAGEMENT_NORM[f.platform][b.performanceTier];
    const ratio = f.engagementRate / norm;
    if (ratio < 1 / 3) {
      add(
        "engagement_far_below_norm",
        ratio < 0.15 ? "high" : "medium",
        `Engagement ${pct1(f.engagementRate)} is ${pct(ratio)} of the norm of ${pct1(norm)} for channels with ${b.performanceTier}-tier views: views with this little engagement can be bought or autoplayed.`,
        { engagementRate: f.engagementRate, tierNorm: norm, ratio },
      );
    } else if (ratio > 3) {
      add(
        "engagement_far_above_norm",
        "medium",
        `Engagement ${pct1(f.engagementRate)} is ${formatShort(ratio)}x the norm of ${pct1(norm)} for channels with ${b.performanceTier}-tier views: check for engagement pods or bought likes.`,
        { engagementRate: f.engagementRate, tierNorm: norm, ratio },
      );
    }
  }
  if (b.country && b.country.fit < 0.5) {
    add(
      "audience_outside_target_country",
      b.country.fit < 0.25 ? "high" : "medium",
      `Only ${pct(b.country.share)} of the audience is ${b.country.source === "audience" ? "" : "estimated to be "}in ${orList([...q.countries])}.`,
      { shareInTarget: b.country.share, source: b.country.source, creatorCountry: f.country },
    );
  }
  if (b.region && b.region.fit < 0.5) {
    add(
      "audience_outside_target_region",
      b.region.fit < 0.25 ? "medium" : "low",
      `${b.region.source === "audience" ? "" : "An estimated "}${pct(b.region.share)} of the audience lives in ${orList([...q.regions])}${f.region ? ` (the creator is based in ${f.region})` : ""}.`,
      { shareInTarget: b.region.share, source: b.region.source, creatorRegion: f.region },
    );
  }
  if (f.daysSinceLastVideo !== null && f.daysSinceLastVideo > 60) {
    add(
      "stale_channel",
      f.daysSinceLastVideo > 180 ? "high" : "medium",
      `No new video for ${int(f.daysSinceLastVideo)} days.`,
      { daysSinceLastVideo: Math.round(f.daysSinceLastVideo), uploadsPer30d: f.uploadsPer30d },
    );
  }
  if (b.cost !== null && b.overBudget) {
    add(
      "over_budget",
      "high",
      `The rate of ${money(b.cost, q.currency)} is above the whole campaign budget of ${money(q.budget, q.currency)}.`,
      { rate: b.cost, budget: q.budget, ratio: b.cost / q.budget },
    );
  } else if (b.cost !== null && b.cost > 0.5 * q.budget) {
    add(
      "large_share_of_budget",
      "low",
      `The rate of ${money(b.cost, q.currency)} takes ${pct(b.cost / q.budget)} of the campaign budget.`,
      { rate: b.cost, budget: q.budget, ratio: b.cost / q.budget },
    );
  }
  if (f.videoCount === 0) {
    add("no_videos", "high", "No videos to base a forecast on.", { videoCount: 0 });
  } else if (f.videoCount < 10) {
    add(
      "few_videos",
      f.videoCount < 3 ? "high" : "medium",
      `Only ${f.videoCount} recent video${f.videoCount === 1 ? "" : "s"} to base the forecast on.`,
      { videoCount: f.videoCount },
    );
  }
  if (f.viewsP25 > 0 && f.viewsP75 / f.viewsP25 > 6) {
    add(
      "high_view_variance",
      "low",
      `Views swing widely between videos (middle half ${int(f.viewsP25)}-${int(f.viewsP75)}), so the forecast range is wide.`,
      { viewsP25: f.viewsP25, viewsP75: f.viewsP75 },
    );
  }
  const hasAudience =
    f.audienceAge.length > 0 ||
    f.audienceGender.length > 0 ||
    f.audienceCountries !== null ||
    f.audienceRegions != null;
  if (!hasAudience) {
    add(
      "no_audience_data",
      "low",
      "No audience demographics: audience overlap is assumed, not measured.",
      {},
    );
  }
  if (f.subscribersHidden) {
    add(
      "subscriber_count_hidden",
      "low",
      `The channel hides its follower count; its tier (${f.tier}) is inferred from views.`,
      {
        tier: f.tier,
      },
    );
  }
  if (f.ratePerVideo === null) {
    add(
      "rate_unknown",
      "medium",
      `Rate unknown: the cost has to be negotiated; budget efficiency is set to ${score1(b.budget)} meanwhile.`,
      {},
    );
  } else if (b.cost === null) {
    add(
      "currency_unknown",
      "low",
      `The rate is in ${f.currency}, which cannot be converted to ${q.currency}.`,
      {
        currency: f.currency,
      },
    );
  } else if (b.currencyConverted) {
    add(
      "currency_converted",
      "low",
      `The rate was converted from ${f.currency} to ${q.currency} at a fixed reference rate.`,
      { currency: f.currency, rateInCampaignCurrency: b.cost },
    );
  }
  return risks;
}

function rateOf(b: Breakdown): { status: RateStatus; amount: number | null; currency: string } {
  const f = b.features;
  if (f.ratePerVideo === null) return { status: "unknown", amount: null, currency: f.currency };
  return {
    status: f.ratePerVideo === 0 ? "free" : "known",
    amount: f.ratePerVideo,
    currency: f.currency,
  };
}

// Shown only when the score is not simply the weighted factors.
function scoreReason(b: Breakdown): string | null {
  const parts: string[] = [];
  if (b.gate < 1) {
    parts.push(
      `multiplied by ${formatShort(b.gate, 2)} because ${b.viewsGate < 1 ? "few views are expected" : ""}${b.viewsGate < 1 && b.engagementGate < 1 ? " and " : ""}${b.engagementGate < 1 ? "the audience barely engages" : ""} (full weight from about 500 expected views and 0.4x the engagement norm)`,
    );
  }
  if (b.penaltyMultiplier < 1)
    parts.push(`cut to ${pct(b.penaltyMultiplier)} for the rate above the budget`);
  if (b.reachCap !== null)
    parts.push(`capped at ${formatShort(b.reachCap)} for the audience mismatch`);
  return parts.length === 0
    ? null
    : `Score ${formatShort(b.score)}: the weighted factors, ${parts.join(", ")}.`;
}

function valueOf(b: Breakdown, q: PreparedCampaign, forecast: Forecast): ValuePerCost {
  const rate =
    b.cost !== null ? b.cost : q.estimatedRateByTier[TIER_SLUGS.indexOf(b.performanceTier)];
  const cost = rate + q.handlingCost;
  return {
    targetViews: Math.round(b.effectiveViews * b.targetShare * b.category),
    cost: Math.round(cost),
    costEstimated: b.costEstimated,
    targetViewsPerMillion: Math.round(b.valuePerCost * 1e6 * 10) / 10,
    salesPerMillion: Math.round((forecast.estimatedSales / cost) * 1e6 * 100) / 100,
    withinBudget: rate <= q.budget,
  };
}

function valueReason(v: ValuePerCost, q: PreparedCampaign): string {
  const cost = `${money(v.cost, q.currency)}${v.costEstimated ? " (rate estimated from the tier and category, not quoted)" : ""}`;
  if (!v.withinBudget)
    return `Value per won: the rate is above the budget, so it ranks last by value.`;
  return `Value per won: ${int(v.targetViews)} expected views in the target audience, weighted by the category match, for ${cost} including handling: ${formatShort(v.targetViewsPerMillion)} target views and ${formatShort(v.salesPerMillion, 2)} expected sales per ${money(1_000_000, q.currency)}.`;
}

export function explain(b: Breakdown, q: PreparedCampaign): MatchResult {
  const f = b.features;
  const forecast = predict(
    f,
    { category: q.category, type: q.type, currency: q.currency, handlingCost: q.handlingCost },
    q.model,
  );
  const quality = assessAudienceQuality(f, b.performanceTier);
  const reasons = [
    audienceReason(b, q),
    categoryReason(b, q),
    performanceReason(b, forecast.views.expected),
    budgetReason(b, q, forecast),
  ];
  const scoreNote = scoreReason(b);
  if (scoreNote) reasons.push(scoreNote);
  const value = valueOf(b, q, forecast);
  reasons.push(valueReason(value, q));
  const risks = risksOf(b, q, quality);
  return {
    id: f.id,
    platform: f.platform,
    score: b.score,
    factors: {
      audienceOverlap: score1(b.audience),
      categoryMatch: score1(b.category),
      performancePrediction: score1(b.performance),
      budgetFit: score1(b.budget),
    },
    confidence: assessConfidence(b, q, risks, quality).level,
    forecast,
    reasons,
    risks,
    audienceQuality: quality,
    value,
    rate: rateOf(b),
    penaltyMultiplier: Math.round(b.penaltyMultiplier * 1000) / 1000,
  };
}
