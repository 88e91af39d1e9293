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
import { englishFact, englishRisk } from "./english.ts";
import { fact, type Fact, type FactParams } from "./facts.ts";
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
  type RateStatus,
  type Risk,
  type RiskCode,
  type ValuePerCost,
} from "./types.ts";

const int = (x: number) => formatNumber(Math.round(x));
const pct = (x: number) => `${Math.round(x * 100)}%`;
const pct1 = (x: number) => `${formatShort(x * 100)}%`;
const score1 = (x: number) => Math.round(x * 1000) / 10;
const scoreText = (x: number) => String(score1(x));

function money(amount: number, currency: string): string {
  // Costs per view are often below one won; show them with a decimal.
  if (currency === "KRW" && Math.abs(amount) < 100) {
    return `₩${formatNumber(amount, Math.abs(amount) < 10 ? 1 : 0)}`;
  }
  return formatMoney(amount, currency);
}

function audienceReason(b: Breakdown, q: PreparedCampaign): Fact {
  const score = scoreText(b.audience);
  if (q.targetDims === 0) return fact("audienceNoTarget", { score });
  const f = b.features;
  const parts: Fact[] = [];
  const ages = [...q.ageTargetLabels];
  if (b.age) parts.push(fact("age", { source: b.age.source, share: pct(b.age.share), ages }));
  if (b.gender) {
    const gender = q.genderTarget === 0 ? "female" : "male";
    parts.push(fact("gender", { source: b.gender.source, share: pct(b.gender.share), gender }));
  }
  if (b.country) {
    parts.push(
      fact("country", {
        source: b.country.source,
        share: pct(b.country.share),
        countries: [...q.countries],
        creatorCountry: f.country ?? "",
      }),
    );
  }
  if (b.region) {
    parts.push(
      fact("region", {
        source: b.region.source,
        share: pct(b.region.share),
        regions: [...q.regions, ...q.districts],
        creatorRegion: f.district ?? f.region ?? "",
      }),
    );
  }
  if (b.targetReach !== null) {
    parts.push(
      fact("reach", {
        reach: pct(b.targetReach),
        dims: reachDims(b),
        capped: b.reachCap !== null ? "yes" : "no",
        capBelow: pct(REACH_CAP_BELOW),
        cap: b.reachCap !== null ? formatShort(b.reachCap) : "",
      }),
    );
  }
  const source =
    f.audienceSource === "verified" || f.audienceSource === "estimated" ? f.audienceSource : "none";
  return fact("audience", { score, source, platform: f.platform }, parts);
}

function reachDims(b: Breakdown): string[] {
  const dims = [
    b.age?.source === "audience" ? "age" : null,
    b.gender?.source === "audience" ? "gender" : null,
    b.country?.source === "audience" ? "country" : null,
  ].filter((d): d is string => d !== null);
  return dims;
}

function categoryReason(b: Breakdown, q: PreparedCampaign): Fact {
  const score = scoreText(b.category);
  const cats = b.features.categories;
  if (cats.length === 0) return fact("categoryNone", { score });
  if (b.bestCategory === null) {
    return fact("categoryUnrelated", { score, categories: [...cats], category: q.category });
  }
  const position = b.bestCategoryPosition + 1;
  if (b.bestCategorySimilarity === 1) {
    return fact("categoryExact", {
      score,
      category: q.category,
      position,
      count: cats.length,
      main: cats[0],
    });
  }
  return fact("categoryRelated", {
    score,
    best: b.bestCategory,
    category: q.category,
    position,
    count: cats.length,
    credit: pct(b.bestCategorySimilarity),
  });
}

function performanceReason(b: Breakdown, expectedViews: number): Fact {
  const f = b.features;
  const score = scoreText(b.performance);
  const videos = { videoCount: f.videoCount, settleDays: SETTLE_DAYS };
  if (f.videoCount === 0 || f.medianViews <= 0) {
    return fact("performanceNoViews", { score, ...videos });
  }
  const parts = [
    fact("medianViews", {
      median: int(f.medianViews),
      p25: int(f.viewsP25),
      p75: int(f.viewsP75),
      ...videos,
    }),
  ];
  if (b.staleFactor < 1 && f.daysSinceLastVideo !== null) {
    parts.push(fact("stale", { days: int(f.daysSinceLastVideo), factor: pct(b.staleFactor) }));
  }
  if (b.qualityFactor < 0.95) parts.push(fact("qualityCut", { factor: pct(b.qualityFactor) }));
  parts.push(fact("expectedViews", { views: int(expectedViews) }));
  if (f.engagementRate > 0) {
    const norm = ENGAGEMENT_NORM[f.platform][b.performanceTier];
    parts.push(
      fact("engagement", {
        rate: pct1(f.engagementRate),
        ratio: formatShort(b.engagementRatio),
        norm: pct1(norm),
        tier: b.performanceTier,
      }),
    );
  } else {
    parts.push(fact("engagementUnknown"));
  }
  return fact("performance", { score }, parts);
}

function budgetReason(b: Breakdown, q: PreparedCampaign, forecast: Forecast): Fact {
  const score = scoreText(b.budget);
  const budget = money(q.budget, q.currency);
  const handling = money(q.handlingCost, q.currency);
  if (b.cost === null) {
    return fact("budgetRateUnknown", {
      score,
      currency: b.features.ratePerVideo !== null ? b.features.currency : "",
    });
  }
  const costPerView = forecast.costPerView !== null ? money(forecast.costPerView, q.currency) : "";
  if (b.cost === 0) return fact("budgetFree", { score, handling, costPerView });
  const rate = money(b.cost, q.currency);
  const share = pct(b.cost / q.budget);
  if (b.overBudget) {
    return fact("budgetOver", { score, rate, share, budget, penalty: pct(b.penaltyMultiplier) });
  }
  if (forecast.costPerView === null) {
    return fact("budgetWithinNoViews", { score, rate, share, budget });
  }
  return fact("budgetWithin", {
    score,
    rate,
    share,
    budget,
    costPerView,
    handling,
    views: int(forecast.views.expected),
    benchmark: money(b.benchmarkCpv, q.currency),
  });
}

function risksOf(b: Breakdown, q: PreparedCampaign, quality: AudienceQuality): Risk[] {
  const f = b.features;
  const risks: Risk[] = [];
  const add = (
    code: RiskCode,
    severity: Risk["severity"],
    params: FactParams,
    data: Risk["data"],
    details?: Fact[],
  ) =>
    risks.push({
      code,
      severity,
      message: englishRisk(code, params, details),
      params,
      ...(details ? { details } : {}),
      data,
    });

  if (quality.score < QUALITY_RISK_BELOW) {
    const worst = quality.signals.filter((s) => s.points > 0).sort((a, c) => c.points - a.points);
    const vps = quality.signals.find((s) => s.code === "views_per_subscriber");
    add(
      "audience_quality",
      quality.score < QUALITY_SEVERE_BELOW ? "high" : "medium",
      { score: quality.score, inflated: vps && vps.points > 0 ? "yes" : "no" },
      {
        score: quality.score,
        subscribers: f.subscribers,
        medianViews: f.medianViews,
        viewsPerSubscriber: vps?.value ?? null,
        viewsPerSubscriberNorm: vps?.norm ?? null,
      },
      worst.map((s) => s.fact),
    );
  }
  if (b.reachCap !== null && b.targetReach !== null) {
    add(
      "audience_mismatch",
      "high",
      { reach: pct(b.targetReach), dims: reachDims(b), cap: formatShort(b.reachCap) },
      { reach: b.targetReach, cap: b.reachCap },
    );
  }
  if (f.engagementRate > 0 && f.medianViews > 0) {
    const norm = ENGAGEMENT_NORM[f.platform][b.performanceTier];
    const ratio = f.engagementRate / norm;
    const shown = { rate: pct1(f.engagementRate), norm: pct1(norm), tier: b.performanceTier };
    if (ratio < 1 / 3) {
      add(
        "engagement_far_below_norm",
        ratio < 0.15 ? "high" : "medium",
        { ...shown, ratio: pct(ratio) },
        { engagementRate: f.engagementRate, tierNorm: norm, ratio },
      );
    } else if (ratio > 3) {
      add(
        "engagement_far_above_norm",
        "medium",
        { ...shown, ratio: formatShort(ratio) },
        { engagementRate: f.engagementRate, tierNorm: norm, ratio },
      );
    }
  }
  if (b.country && b.country.fit < 0.5) {
    add(
      "audience_outside_target_country",
      b.country.fit < 0.25 ? "high" : "medium",
      { share: pct(b.country.share), source: b.country.source, countries: [...q.countries] },
      { shareInTarget: b.country.share, source: b.country.source, creatorCountry: f.country },
    );
  }
  if (b.region && b.region.fit < 0.5) {
    add(
      "audience_outside_target_region",
      b.region.fit < 0.25 ? "medium" : "low",
      {
        share: pct(b.region.share),
        source: b.region.source,
        regions: [...q.regions, ...q.districts],
        creatorRegion: f.district ?? f.region ?? "",
      },
      {
        shareInTarget: b.region.share,
        source: b.region.source,
        creatorRegion: f.region,
        creatorDistrict: f.district ?? null,
      },
    );
  }
  if (f.daysSinceLastVideo !== null && f.daysSinceLastVideo > 60) {
    add(
      "stale_channel",
      f.daysSinceLastVideo > 180 ? "high" : "medium",
      { days: int(f.daysSinceLastVideo) },
      { daysSinceLastVideo: Math.round(f.daysSinceLastVideo), uploadsPer30d: f.uploadsPer30d },
    );
  }
  if (b.cost !== null && b.overBudget) {
    add(
      "over_budget",
      "high",
      { rate: money(b.cost, q.currency), budget: money(q.budget, q.currency) },
      { rate: b.cost, budget: q.budget, ratio: b.cost / q.budget },
    );
  } else if (b.cost !== null && b.cost > 0.5 * q.budget) {
    add(
      "large_share_of_budget",
      "low",
      { rate: money(b.cost, q.currency), share: pct(b.cost / q.budget) },
      { rate: b.cost, budget: q.budget, ratio: b.cost / q.budget },
    );
  }
  if (f.videoCount === 0) {
    add("no_videos", "high", {}, { videoCount: 0 });
  } else if (!(f.viewsP75 > 0)) {
    add("no_views", "high", { count: f.videoCount }, { videoCount: f.videoCount });
  } else if (f.videoCount < 10) {
    add(
      "few_videos",
      f.videoCount < 3 ? "high" : "medium",
      { count: f.videoCount },
      { videoCount: f.videoCount },
    );
  }
  if (f.viewsP25 > 0 && f.viewsP75 / f.viewsP25 > 6) {
    add(
      "high_view_variance",
      "low",
      { p25: int(f.viewsP25), p75: int(f.viewsP75) },
      { viewsP25: f.viewsP25, viewsP75: f.viewsP75 },
    );
  }
  const hasAudience =
    f.audienceAge.length > 0 ||
    f.audienceGender.length > 0 ||
    f.audienceCountries !== null ||
    f.audienceRegions != null;
  if (!hasAudience) add("no_audience_data", "low", {}, {});
  if (f.subscribersHidden) {
    add("subscriber_count_hidden", "low", { tier: f.tier }, { tier: f.tier });
  }
  if (b.estimatedOverBudget) {
    add(
      "estimated_over_budget",
      "high",
      { rate: money(b.estimatedRate, q.currency), budget: money(q.budget, q.currency) },
      { estimatedRate: b.estimatedRate, budget: q.budget, ratio: b.estimatedRate / q.budget },
    );
  }
  if (f.ratePerVideo === null) {
    add("rate_unknown", "medium", { score: scoreText(b.budget) }, {});
  } else if (b.cost === null) {
    add(
      "currency_unknown",
      "low",
      { currency: f.currency, campaignCurrency: q.currency },
      { currency: f.currency },
    );
  } else if (b.currencyConverted) {
    add(
      "currency_converted",
      "low",
      { currency: f.currency, campaignCurrency: q.currency },
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
function scoreReason(b: Breakdown): Fact | null {
  const parts: Fact[] = [];
  if (b.gate < 1) {
    const views = b.viewsGate < 1;
    const engagement = b.engagementGate < 1;
    const why = views && engagement ? "both" : views ? "views" : engagement ? "engagement" : "";
    parts.push(fact("gate", { gate: formatShort(b.gate, 2), why }));
  }
  if (b.penaltyMultiplier < 1) {
    const key = b.estimatedOverBudget ? "penaltyEstimated" : "penalty";
    parts.push(fact(key, { penalty: pct(b.penaltyMultiplier) }));
  }
  if (b.reachCap !== null) parts.push(fact("cap", { cap: formatShort(b.reachCap) }));
  return parts.length === 0 ? null : fact("scoreAdjusted", { score: formatShort(b.score) }, parts);
}

function valueOf(b: Breakdown, q: PreparedCampaign, forecast: Forecast): ValuePerCost {
  const rate =
    b.cost !== null ? b.cost : q.estimatedRateByTier[TIER_SLUGS.indexOf(b.performanceTier)];
  const cost = rate + q.handlingCost;
  return {
    targetViews: Math.round(b.effectiveViews * b.targetShare * b.category),
    cost: Math.round(cost),
    costEstimated: b.costEstimated,
    targetViewsPerMillion: Math.round(Math.max(0, b.valuePerCost) * 1e6 * 10) / 10,
    salesPerMillion: Math.round((forecast.estimatedSales / cost) * 1e6 * 100) / 100,
    withinBudget: rate <= q.budget,
  };
}

function valueReason(v: ValuePerCost, q: PreparedCampaign): Fact {
  if (!v.withinBudget)
    return fact(v.costEstimated ? "valueOverBudgetEstimated" : "valueOverBudget");
  return fact("value", {
    targetViews: int(v.targetViews),
    cost: money(v.cost, q.currency),
    estimated: v.costEstimated ? "yes" : "no",
    // counts people read: whole views and sales; under one sale per million, one decimal
    perMillion: int(v.targetViewsPerMillion),
    sales: v.salesPerMillion >= 1 ? int(v.salesPerMillion) : formatShort(v.salesPerMillion, 1),
    million: money(1_000_000, q.currency),
  });
}

export function explain(b: Breakdown, q: PreparedCampaign): MatchResult {
  const f = b.features;
  const forecast = predict(
    f,
    {
      category: q.category,
      type: q.type,
      currency: q.currency,
      handlingCost: q.handlingCost,
      // a store visit sells to the viewers near the store (its regions and districts);
      // an online sale can come from anywhere
      ...(q.type === "store_visit" && b.region && { placeShare: b.region.share }),
    },
    q.model,
  );
  const quality = assessAudienceQuality(f, b.performanceTier);
  const explanation = [
    audienceReason(b, q),
    categoryReason(b, q),
    performanceReason(b, forecast.views.expected),
    budgetReason(b, q, forecast),
  ];
  const scoreNote = scoreReason(b);
  if (scoreNote) explanation.push(scoreNote);
  const value = valueOf(b, q, forecast);
  explanation.push(valueReason(value, q));
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
    reasons: explanation.map(englishFact),
    explanation,
    risks,
    audienceQuality: quality,
    value,
    rate: rateOf(b),
    penaltyMultiplier: Math.round(b.penaltyMultiplier * 1000) / 1000,
  };
}
