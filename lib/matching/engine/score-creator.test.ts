import { describe, expect, it } from "vitest";
import { computeBreakdown } from "./breakdown.ts";
import { prepareCampaign } from "./prepare-campaign.ts";
import { scoreCreator } from "./rank.ts";
import { spreadFromHome } from "./district-spread.ts";
import { makeCampaign, makeFeatures } from "./test-fixtures.ts";
import { DEFAULT_FORECAST_MODEL } from "../forecast/model.ts";

describe("factor math on a hand-computed example", () => {
  // Campaign: beauty, YouTube, ₩10,000,000, women 18-34 in KR.
  // Creator: 60% of viewers 18-34, 80% female, 80% KR; categories [fashion, beauty];
  // median 10,000 views 5 days after the last upload, engagement 4% (the mid norm);
  // rate ₩1,000,000.
  const r = scoreCreator(makeFeatures(), makeCampaign());

  it("audience overlap: geometric mean of per-dimension fits", () => {
    // age 0.6 / 0.72 (two-bucket full fit) = 0.8333; female 0.8 / 0.75 -> 1;
    // KR 0.8 / 0.8 = 1; cbrt(0.8333 * 1 * 1) = 0.9410
    expect(r.factors.audienceOverlap).toBe(94.1);
  });

  it("category: beauty is the second category, 0.85 position weight beats fashion's 0.6", () => {
    expect(r.factors.categoryMatch).toBe(85);
  });

  it("performance: log-scaled expected views and engagement against the norm", () => {
    // expected views 10,000 * 0.85 (mid-tier sponsored multiplier) = 8,500;
    // views score (log10 8,500 - 2.5) / 3.5 = 0.4084; engagement at the norm = 0.5;
    // 0.75 * 0.4084 + 0.25 * 0.5 = 0.4313
    expect(r.factors.performancePrediction).toBe(43.1);
  });

  it("budget: cost per expected view against the ₩150 benchmark", () => {
    // (₩1,000,000 + ₩200,000 handling = 2% of budget) / 8,500 views = ₩141.2 per view;
    // 0.5 + 0.25 * log2(150 / 141.2) = 0.5219
    expect(r.factors.budgetFit).toBe(52.2);
  });

  it("score: 0.35 / 0.25 / 0.25 / 0.15 weighted sum", () => {
    // 100 * (0.35 * 0.9410 + 0.25 * 0.85 + 0.25 * 0.4313 + 0.15 * 0.5219) = 72.80
    expect(r.score).toBe(72.8);
    expect(r.penaltyMultiplier).toBe(1);
    expect(r.confidence).toBe("high");
  });

  it("reasons quote the numbers in sentences", () => {
    // four factors, then value per won
    expect(r.reasons).toHaveLength(5);
    expect(r.reasons[0]).toMatch(/^Audience fit [\d.]+\/100 \(/);
    expect(r.reasons[4]).toMatch(/^Value for money: /);
    expect(r.reasons[0]).toContain("60% of viewers are aged 18-24 or 25-34");
    expect(r.reasons[0]).toContain("80% are female");
    expect(r.reasons[0]).toContain("verified");
    expect(r.reasons[1]).toMatch(/beauty is the creator's category no\. 2/);
    expect(r.reasons[2]).toContain("median of 10,000 views");
    expect(r.reasons[3]).toContain("₩1,000,000");
  });

  it("forecast: views range around the expected value, conversions from priors", () => {
    const f = r.forecast;
    expect(f.views.expected).toBe(8500);
    expect(f.views.min).toBeLessThan(8500);
    expect(f.views.max).toBeGreaterThan(8500);
    expect(f.views.confidence).toBe(0.8);
    // beauty CTR prior 0.8% of views
    expect(f.clicks).toBe(68);
    expect(f.purchaseRatePct).toBe(3);
    expect(f.currency).toBe("KRW");
  });
});

describe("weights", () => {
  it("an override is normalised and changes the score", () => {
    const audienceOnly = scoreCreator(
      makeFeatures(),
      makeCampaign({
        weights: { audienceOverlap: 2, categoryMatch: 0, performancePrediction: 0, budgetFit: 0 },
      }),
    );
    expect(audienceOnly.score).toBe(94.1);
    const partial = prepareCampaign(makeCampaign({ weights: { budgetFit: 0.45 } }));
    // missing weights keep their defaults before normalising: 0.35 + 0.25 + 0.25 + 0.45
    expect(partial.weights.budgetFit).toBeCloseTo(0.45 / 1.3, 12);
    expect(partial.weights.audienceOverlap).toBeCloseTo(0.35 / 1.3, 12);
  });

  it("all-zero weights fall back to the defaults", () => {
    const q = prepareCampaign(
      makeCampaign({
        weights: { audienceOverlap: 0, categoryMatch: 0, performancePrediction: 0, budgetFit: 0 },
      }),
    );
    expect(q.weights).toEqual({
      audienceOverlap: 0.35,
      categoryMatch: 0.25,
      performancePrediction: 0.25,
      budgetFit: 0.15,
    });
  });
});

describe("edge cases", () => {
  it("no audience data: typical values assumed, lower confidence, no crash", () => {
    const r = scoreCreator(
      makeFeatures({
        audienceAge: [],
        audienceGender: [],
        audienceCountries: null,
        audienceSource: null,
      }),
      makeCampaign(),
    );
    // age prior 0.19 + 0.24 = 0.43 -> 0.597; gender 0.5 -> 0.667; based in KR -> 0.7 / 0.8
    const expected = Math.cbrt((0.43 / 0.72) * (0.5 / 0.75) * (0.7 / 0.8));
    expect(r.factors.audienceOverlap).toBe(Math.round(expected * 1000) / 10);
    expect(r.confidence).not.toBe("high");
    expect(r.risks.map((x) => x.code)).toContain("no_audience_data");
    expect(r.reasons[0]).toContain("no audience data");
  });

  it("zero views: no expected views, no NaN anywhere", () => {
    const r = scoreCreator(
      makeFeatures({
        medianViews: 0,
        viewsP25: 0,
        viewsP75: 0,
        engagementRate: 0,
        likeRate: 0,
        commentRate: 0,
      }),
      makeCampaign(),
    );
    expect(r.factors.performancePrediction).toBe(12.5); // 0.75 * 0 + 0.25 * neutral 0.5
    expect(r.factors.budgetFit).toBe(0);
    expect(r.forecast.views).toEqual({ min: 0, max: 0, expected: 0, confidence: 0.8 });
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
    for (const v of Object.values(r.factors)) expect(Number.isFinite(v)).toBe(true);
  });

  it("no videos: low confidence and a risk, score still defined", () => {
    const r = scoreCreator(
      makeFeatures({
        videoCount: 0,
        medianViews: 0,
        viewsP25: 0,
        viewsP75: 0,
        engagementRate: 0,
        likeRate: 0,
        commentRate: 0,
        daysSinceLastVideo: null,
        uploadsPer30d: 0,
      }),
      makeCampaign(),
    );
    expect(r.confidence).toBe("low");
    expect(r.risks.find((x) => x.code === "no_videos")?.severity).toBe("high");
    expect(Number.isFinite(r.score)).toBe(true);
  });

  it("hidden subscriber count: scored the same, flagged", () => {
    const shown = scoreCreator(makeFeatures(), makeCampaign());
    const hidden = scoreCreator(
      makeFeatures({ subscribers: null, subscribersHidden: true }),
      makeCampaign(),
    );
    expect(hidden.score).toBe(shown.score);
    expect(hidden.risks.map((x) => x.code)).toContain("subscriber_count_hidden");
  });

  it("the score does not depend on the subscriber count, which can be bought", () => {
    const a = computeBreakdown(
      makeFeatures({ subscribers: 50_000, tier: "mid" }),
      prepareCampaign(makeCampaign()),
    );
    const b = computeBreakdown(
      makeFeatures({ subscribers: 900_000, tier: "macro" }),
      prepareCampaign(makeCampaign()),
    );
    expect(b.score).toBe(a.score);
  });

  it("a moderate audience-quality doubt costs no score but keeps the confidence below high", () => {
    // 400,000 subscribers for 10,000 views: 2.5 % views per subscriber against the
    // mid-tier norm of 12 %, an audience quality just under 60.
    const doubtful = scoreCreator(
      makeFeatures({ subscribers: 400_000, tier: "macro" }),
      makeCampaign(),
    );
    const honest = scoreCreator(makeFeatures(), makeCampaign());
    const risk = doubtful.risks.find((x) => x.code === "audience_quality");
    expect(risk?.severity).toBe("medium");
    expect(doubtful.score).toBe(honest.score);
    expect(honest.confidence).toBe("high");
    expect(doubtful.confidence).toBe("medium");
  });

  it("inflated subscribers show up as an audience-quality risk with the numbers, judged by the view tier", () => {
    // 10,000 median views is what a mid-tier channel gets: the norm is mid's 12 %, not
    // the 4 % of the mega tier the bought subscribers claim.
    const r = scoreCreator(makeFeatures({ subscribers: 2_000_000, tier: "mega" }), makeCampaign());
    const risk = r.risks.find((x) => x.code === "audience_quality");
    expect(risk?.severity).toBe("high");
    expect(risk?.message).toMatch(/^Audience quality 30\/100 \(inflated or inactive subscribers\)/);
    expect(risk?.data.viewsPerSubscriber).toBeCloseTo(0.005, 6);
    expect(risk?.data.viewsPerSubscriberNorm).toBe(0.12);
    expect(r.audienceQuality.score).toBe(30);
    expect(r.confidence).toBe("low");
    const honest = scoreCreator(makeFeatures({ subscribers: 90_000, tier: "mid" }), makeCampaign());
    expect(honest.audienceQuality.score).toBe(100);
    expect(honest.risks.map((x) => x.code)).not.toContain("audience_quality");
  });

  it("rate above the whole budget: budget factor 0, score cut, over_budget risk", () => {
    const within = scoreCreator(makeFeatures(), makeCampaign());
    const over = scoreCreator(makeFeatures({ ratePerVideo: 20_000_000 }), makeCampaign());
    expect(over.factors.budgetFit).toBe(0);
    // cut to 0.5 * budget / rate = 0.25 of the weighted sum
    expect(over.penaltyMultiplier).toBe(0.25);
    expect(over.score).toBeLessThan(within.score / 3);
    const risk = over.risks.find((x) => x.code === "over_budget");
    expect(risk?.severity).toBe("high");
    expect(risk?.data).toMatchObject({ rate: 20_000_000, budget: 10_000_000, ratio: 2 });
  });

  it("unknown rate: a budget factor a little under the benchmark, and a risk", () => {
    const r = scoreCreator(makeFeatures({ ratePerVideo: null }), makeCampaign());
    expect(r.factors.budgetFit).toBe(40);
    expect(r.risks.map((x) => x.code)).toContain("rate_unknown");
    expect(r.forecast.costPerView).toBeNull();
  });

  it("a rate in another currency is converted and flagged", () => {
    // 1,000,000 KRW = 71,428.57 USD cents at 1,400 KRW/USD
    const krw = scoreCreator(makeFeatures(), makeCampaign());
    const usd = scoreCreator(
      makeFeatures({ ratePerVideo: 71_428.57, currency: "USD" }),
      makeCampaign(),
    );
    expect(usd.factors.budgetFit).toBe(krw.factors.budgetFit);
    expect(usd.risks.map((x) => x.code)).toContain("currency_converted");
  });

  it("stale channel: fewer expected views and a risk with the days", () => {
    const fresh = scoreCreator(makeFeatures(), makeCampaign());
    const stale = scoreCreator(makeFeatures({ daysSinceLastVideo: 240 }), makeCampaign());
    // 1 - 0.25 * log2(240 / 30) = 0.25
    expect(stale.forecast.views.expected).toBe(Math.round(8500 * 0.25));
    expect(stale.factors.performancePrediction).toBeLessThan(fresh.factors.performancePrediction);
    const risk = stale.risks.find((x) => x.code === "stale_channel");
    expect(risk?.severity).toBe("high");
    expect(risk?.data.daysSinceLastVideo).toBe(240);
    expect(stale.confidence).not.toBe("low");
  });

  it("videos nobody watched: a high risk and low confidence", () => {
    const r = scoreCreator(
      makeFeatures({ medianViews: 0, viewsP25: 0, viewsP75: 0, videoCount: 12 }),
      makeCampaign(),
    );
    expect(r.risks.find((x) => x.code === "no_views")).toMatchObject({
      severity: "high",
      data: { videoCount: 12 },
    });
    expect(r.confidence).toBe("low");
  });

  it("a channel silent for three years forecasts a twentieth of its views, with low confidence", () => {
    const fresh = scoreCreator(makeFeatures(), makeCampaign());
    const dead = scoreCreator(makeFeatures({ daysSinceLastVideo: 1100 }), makeCampaign());
    expect(dead.forecast.views.expected).toBe(Math.round(8500 * 0.05));
    expect(dead.confidence).toBe("low");
    expect(dead.score).toBeLessThan(fresh.score - 10);
  });

  it("an unknown rate is priced at the usual rate of its size: far above the budget, cut and said", () => {
    const big = makeFeatures({
      ratePerVideo: null,
      subscribers: 3_000_000,
      tier: "mega",
      medianViews: 900_000,
      viewsP25: 600_000,
      viewsP75: 1_300_000,
    });
    const tiny = scoreCreator(big, makeCampaign({ budget: 150_000 }));
    const ample = scoreCreator(big, makeCampaign({ budget: 500_000_000 }));
    const risk = tiny.risks.find((x) => x.code === "estimated_over_budget");
    expect(risk?.severity).toBe("high");
    expect(risk?.data.budget).toBe(150_000);
    expect(risk?.data.estimatedRate).toBeGreaterThan(150_000);
    expect(ample.risks.some((x) => x.code === "estimated_over_budget")).toBe(false);
    // the same factors, the tiny budget's score cut to at most a third
    expect(tiny.factors.budgetFit).toBe(ample.factors.budgetFit);
    expect(tiny.score).toBeLessThan(ample.score / 3);
  });

  it("audience outside the target country is a risk", () => {
    const r = scoreCreator(
      makeFeatures({ audienceCountries: { US: 0.6, JP: 0.4 }, country: "US" }),
      makeCampaign(),
    );
    const risk = r.risks.find((x) => x.code === "audience_outside_target_country");
    expect(risk?.severity).toBe("high");
    expect(risk?.data.shareInTarget).toBe(0);
    expect(r.factors.audienceOverlap).toBeLessThan(30);
  });

  it("region targets use the home region when audience regions are unknown", () => {
    const c = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: ["Busan"] },
    });
    const local = scoreCreator(makeFeatures({ region: "Busan" }), c);
    const near = scoreCreator(makeFeatures({ region: "Gyeongnam" }), c);
    const far = scoreCreator(makeFeatures({ region: "Seoul" }), c);
    expect(local.factors.audienceOverlap).toBe(100);
    expect(near.factors.audienceOverlap).toBeGreaterThan(far.factors.audienceOverlap);
    expect(far.risks.map((x) => x.code)).toContain("audience_outside_target_region");
  });

  it("measured audience regions win over the home region", () => {
    const c = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: ["부산"] },
    });
    const r = scoreCreator(
      makeFeatures({ region: "Seoul", audienceRegions: { Busan: 0.6, Seoul: 0.4 } }),
      c,
    );
    expect(r.factors.audienceOverlap).toBe(100);
  });

  it("a district target ranks the creator based there over the rest of its region", () => {
    // a café in 마포구 wants the neighbourhood, not all of Seoul
    const c = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: ["서울 마포구"] },
    });
    const inDistrict = scoreCreator(makeFeatures({ district: "Seoul:마포구" }), c);
    const inRegion = scoreCreator(makeFeatures({ region: "Seoul" }), c);
    const elsewhere = scoreCreator(makeFeatures({ district: "Seoul:강남구" }), c);
    const far = scoreCreator(makeFeatures({ region: "Busan", district: "Busan:해운대구" }), c);
    expect(inDistrict.factors.audienceOverlap).toBe(100);
    expect(inRegion.factors.audienceOverlap).toBeLessThan(inDistrict.factors.audienceOverlap);
    expect(elsewhere.factors.audienceOverlap).toBeLessThan(inRegion.factors.audienceOverlap);
    expect(far.factors.audienceOverlap).toBeLessThan(elsewhere.factors.audienceOverlap);
    // next door (서대문구, ~3 km) reaches more of 마포구 than across the river (강남구,
    // ~12 km), which reaches more than the far east of the city (강동구, ~20 km)
    const q = prepareCampaign(c);
    const shareOf = (district: string) =>
      computeBreakdown(makeFeatures({ district }), q).region!.share;
    expect(shareOf("Seoul:서대문구")).toBeGreaterThan(shareOf("Seoul:강남구"));
    expect(shareOf("Seoul:강남구")).toBeGreaterThan(shareOf("Seoul:강동구"));
    expect(
      scoreCreator(makeFeatures({ district: "Seoul:서대문구" }), c).factors.audienceOverlap,
    ).toBeGreaterThan(
      scoreCreator(makeFeatures({ district: "Seoul:강동구" }), c).factors.audienceOverlap,
    );
    // the words say where: the district in the sentence and the creator's own
    expect(inDistrict.reasons.join(" ")).toContain("Mapo-gu, Seoul");
    expect(
      elsewhere.risks.find((r) => r.code === "audience_outside_target_region")?.message,
    ).toContain("(the creator is based in Gangnam-gu, Seoul)");
  });

  it("a district of a region targeted whole changes nothing", () => {
    const whole = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: ["Seoul"] },
    });
    const both = makeCampaign({
      targetAudience: {
        ageRanges: [],
        genders: [],
        countries: [],
        regions: ["Seoul", "Gangnam-gu, Seoul"],
      },
    });
    for (const f of [
      makeFeatures({ district: "Seoul:마포구" }),
      makeFeatures({ region: "Gyeonggi", district: "Gyeonggi:성남시" }),
    ]) {
      expect(scoreCreator(f, both).score).toBe(scoreCreator(f, whole).score);
    }
    // and a creator's district does not change a region target's score
    expect(scoreCreator(makeFeatures({ district: "Seoul:마포구" }), whole).score).toBe(
      scoreCreator(makeFeatures(), whole).score,
    );
  });

  it("weighs measured audience regions by the district targets in them", () => {
    const c = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: ["해운대구"] },
    });
    const audienceRegions = { Busan: 0.6, Seoul: 0.4 };
    const local = computeBreakdown(
      makeFeatures({ region: "Busan", district: "Busan:해운대구", audienceRegions }),
      prepareCampaign(c),
    );
    const away = computeBreakdown(makeFeatures({ audienceRegions }), prepareCampaign(c));
    // For a creator based outside Busan, the 60 % there counts as one of its 16
    // districts; for one based in 해운대구, half of it plus 해운대구's part of the other
    // half, spread over Busan with the nearest districts (its own first) weighing most
    expect(away.region?.share).toBeCloseTo(0.6 / 16, 3);
    const ownPart = spreadFromHome("Busan:해운대구", "Busan:해운대구");
    expect(ownPart).toBeGreaterThan(1 / 16);
    expect(local.region?.share).toBeCloseTo(0.6 * (0.5 + 0.5 * ownPart), 3);
    expect(local.region?.source).toBe("audience");
  });

  it("a store's sales come from the viewers near it, not the whole audience", () => {
    const store = makeCampaign({
      type: "store_visit",
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: ["해운대구"] },
    });
    const anywhere = makeCampaign({
      type: "store_visit",
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: [] },
    });
    const f = makeFeatures({ audienceRegions: { Busan: 0.6, Seoul: 0.4 } });
    const share = computeBreakdown(f, prepareCampaign(store)).region!.share;
    const near = scoreCreator(f, store);
    const all = scoreCreator(f, anywhere);
    expect(near.forecast.placeSharePct).toBeCloseTo(share * 100, 1);
    expect(all.forecast.placeSharePct).toBeNull();
    expect(near.forecast.views).toEqual(all.forecast.views);
    const elsewhere = DEFAULT_FORECAST_MODEL.salesFromElsewhere;
    expect(near.forecast.estimatedSales).toBeCloseTo(
      all.forecast.estimatedSales * (elsewhere + (1 - elsewhere) * share),
      1,
    );
    // fewer sales than the views of the people who could come
    expect(near.value.salesPerMillion).toBeLessThan(near.value.targetViewsPerMillion);
  });

  it("no target audience: every creator gets the same neutral overlap", () => {
    const c = makeCampaign({
      targetAudience: { ageRanges: [], genders: [], countries: [], regions: [] },
    });
    expect(scoreCreator(makeFeatures(), c).factors.audienceOverlap).toBe(50);
    expect(scoreCreator(makeFeatures({ audienceAge: [] }), c).factors.audienceOverlap).toBe(50);
  });

  it("engagement far below the norm discounts views and is flagged", () => {
    const r = scoreCreator(makeFeatures({ engagementRate: 0.004 }), makeCampaign());
    const risk = r.risks.find((x) => x.code === "engagement_far_below_norm");
    expect(risk?.severity).toBe("high");
    expect(risk?.data.ratio).toBeCloseTo(0.1, 6);
    expect(r.reasons[2]).toContain("barely engages");
  });
});

describe("gates and the mismatch cap", () => {
  it("a measured audience with no one of the targeted gender is capped at 30, with the rule", () => {
    const r = scoreCreator(makeFeatures({ audienceGender: [0, 1] }), makeCampaign());
    expect(r.score).toBe(30);
    const risk = r.risks.find((x) => x.code === "audience_mismatch");
    expect(risk?.severity).toBe("high");
    expect(r.reasons.at(-2)).toMatch(/capped at 30 for the audience mismatch/);
  });

  it("a creator without videos cannot score high on audience and category alone", () => {
    const none = scoreCreator(
      makeFeatures({ videoCount: 0, medianViews: 0, viewsP25: 0, viewsP75: 0, engagementRate: 0 }),
      makeCampaign(),
    );
    expect(none.score).toBeLessThan(40);
    expect(none.confidence).toBe("low");
  });

  it("views nobody engages with are discounted in the score and the forecast alike", () => {
    const bought = scoreCreator(
      makeFeatures({
        medianViews: 150_000,
        viewsP25: 120_000,
        viewsP75: 180_000,
        engagementRate: 0.002,
      }),
      makeCampaign(),
    );
    expect(bought.score).toBeLessThan(63);
    expect(bought.confidence).not.toBe("high");
    // one discounted figure: the reason quotes the forecast's expected views
    expect(bought.reasons[2]).toContain(
      `about ${bought.forecast.views.expected.toLocaleString("en-US")} views expected`,
    );
  });

  it("a 0 rate without worksForFree never wins: rate unknown ranks under a quoted rate", () => {
    const known = scoreCreator(makeFeatures(), makeCampaign());
    const unknown = scoreCreator(makeFeatures({ ratePerVideo: null }), makeCampaign());
    expect(unknown.rate.status).toBe("unknown");
    expect(unknown.score).toBeLessThan(known.score);
  });
});
