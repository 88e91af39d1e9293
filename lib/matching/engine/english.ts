// The engine's facts (./facts.ts) as English sentences: the text of `reasons`, of each
// risk's and each audience-quality signal's `message`, read by the CLI (`npm run match`)
// and by programs through the API. Pages render the facts from messages instead.
import { placeLabel } from "./district-label.ts";
import type { Fact, FactParams } from "./facts.ts";
import type { RiskCode } from "./types.ts";

const s = (p: FactParams, k: string): string => {
  const v = p[k];
  return Array.isArray(v) ? v.join(", ") : v === undefined ? "" : String(v);
};
const list = (p: FactParams, k: string): string[] => {
  const v = p[k];
  return Array.isArray(v) ? v : [];
};
const place = (x: string) => placeLabel(x, "en", (r) => r);
const orList = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} or ${xs[xs.length - 1]}`;
const yes = (p: FactParams, k: string) => p[k] === "yes";

const ANALYTICS: Record<string, string> = {
  youtube: "YouTube Analytics",
  instagram: "Instagram Insights",
  tiktok: "TikTok Analytics",
};

const videos = (p: FactParams) =>
  p.videoCount === 1
    ? `last video older than ${s(p, "settleDays")} days`
    : `last ${s(p, "videoCount")} videos older than ${s(p, "settleDays")} days`;

const handling = (p: FactParams) =>
  `${s(p, "handling")} handling (the cost of booking one creator: briefing, shipping the product, reviewing the draft; 2% of the budget, at least ₩100,000 and at most ₩1,000,000)`;

const audienceHead = (p: FactParams) =>
  `Audience fit ${s(p, "score")}/100 (each targeted dimension's share against the share a fully fitting audience has, combined; not itself a share)`;
const performanceHead = (p: FactParams) =>
  `Performance ${s(p, "score")}/100 (75% expected views on a log scale, 25% engagement against the norm)`;
const budgetHead = (p: FactParams) =>
  `Budget efficiency ${s(p, "score")}/100 (cost per expected view against the platform benchmark)`;

function audienceLabel(p: FactParams): string {
  const source = s(p, "source");
  return source === "verified"
    ? `verified: fetched by the app from the creator's own ${ANALYTICS[s(p, "platform")]}`
    : source === "estimated"
      ? "estimated from public data"
      : "no audience data, typical values assumed";
}

function category(p: FactParams): string {
  const pos = Number(p.position);
  const position = pos === 1 ? "main category" : `category no. ${pos} of ${s(p, "count")}`;
  return position;
}

type Render = (p: FactParams, d: Fact[]) => string;

const SENTENCES: Record<Fact["code"], Render> = {
  audienceNoTarget: (p) =>
    `${audienceHead(p)}: the campaign sets no target audience, so every creator fits alike.`,
  audience: (p, d) => {
    const reach = d.find((x) => x.code === "reach");
    const parts = d.filter((x) => x !== reach).map(englishFact);
    return `${audienceHead(p)}: ${parts.join("; ")} (${audienceLabel(p)}).${reach ? ` ${englishFact(reach)}` : ""}`;
  },
  age: (p) =>
    p.source === "audience"
      ? `${s(p, "share")} of viewers are aged ${orList(list(p, "ages"))}`
      : `age mix unknown, a typical audience has ${s(p, "share")} aged ${orList(list(p, "ages"))}`,
  gender: (p) =>
    p.source === "audience"
      ? `${s(p, "share")} are ${s(p, "gender")}`
      : `gender mix unknown (assumed ${s(p, "share")} ${s(p, "gender")})`,
  country: (p) => {
    const cs = orList(list(p, "countries"));
    return p.source === "audience"
      ? `${s(p, "share")} are in ${cs}`
      : p.source === "home"
        ? `audience countries unknown, the creator is based in ${s(p, "creatorCountry")} (assumed ${s(p, "share")} in ${cs})`
        : `audience countries unknown (assumed ${s(p, "share")} in ${cs})`;
  },
  region: (p) => {
    const rs = orList(list(p, "regions").map(place));
    return p.source === "audience"
      ? `of viewers in Korea, ${s(p, "share")} live in ${rs}`
      : p.source === "home"
        ? `of viewers in Korea, an estimated ${s(p, "share")} live in ${rs} (creator based in ${place(s(p, "creatorRegion"))})`
        : `home region unknown; of viewers in Korea, an estimated ${s(p, "share")} live in ${rs} like the national average`;
  },
  reach: (p) =>
    `Measured reach: the audience reaches ${s(p, "reach")} of what a fully fitting audience reaches in the targeted ${list(p, "dims").join(" x ")}${yes(p, "capped") ? `, under ${s(p, "capBelow")}, so the score is capped at ${s(p, "cap")}` : ""}.`,
  categoryNone: (p) => `Category match ${s(p, "score")}/100: the creator lists no categories.`,
  categoryUnrelated: (p) =>
    `Category match ${s(p, "score")}/100: none of the creator's categories (${list(p, "categories").join(", ")}) is related to ${s(p, "category")}.`,
  categoryExact: (p) =>
    `Category match ${s(p, "score")}/100: ${s(p, "category")} is the creator's ${category(p)}${Number(p.position) > 1 ? ` (main: ${s(p, "main")})` : ""}.`,
  categoryRelated: (p) =>
    `Category match ${s(p, "score")}/100: ${s(p, "best")} (the creator's ${category(p)}) is related to ${s(p, "category")}, ${s(p, "credit")} credit.`,
  performanceNoViews: (p) =>
    `${performanceHead(p)}: ${p.videoCount === 0 ? "no videos to judge from" : `the ${videos(p)} have no views`}, so no views can be expected.`,
  performance: (p, d) =>
    `${performanceHead(p)}: ${d.map(englishFact).join("; ")}. Subscriber counts are not used.`,
  medianViews: (p) =>
    `videos get a median of ${s(p, "median")} views (middle half ${s(p, "p25")}-${s(p, "p75")}, over the ${videos(p)}, newer ones weighted more)`,
  stale: (p) =>
    `no upload for ${s(p, "days")} days, so expected views are cut to ${s(p, "factor")}`,
  qualityCut: (p) =>
    `views counted at ${s(p, "factor")} because the audience barely engages (bought or autoplayed views)`,
  expectedViews: (p) => `about ${s(p, "views")} views expected for this campaign`,
  engagement: (p) =>
    `engagement ${s(p, "rate")} (median of (likes + comments) / views) is ${s(p, "ratio")}x the norm of ${s(p, "norm")} for channels with ${s(p, "tier")}-tier views`,
  engagementUnknown: () => "engagement unknown (likes and comments not available)",
  budgetRateUnknown: (p) =>
    `${budgetHead(p)}: the creator's rate is unknown${p.currency ? ` (currency ${s(p, "currency")} cannot be converted)` : ""}, so budget efficiency is set to ${s(p, "score")}, under the benchmark, until it is negotiated.`,
  budgetFree: (p) =>
    `${budgetHead(p)}: the creator works for free (the roster says so); the cost is the ${handling(p)}${p.costPerView ? `, ${s(p, "costPerView")} per expected view` : ""}.`,
  budgetOver: (p) =>
    `${budgetHead(p)}: the rate of ${s(p, "rate")} is ${s(p, "share")} of the whole ${s(p, "budget")} budget; the total score is cut to ${s(p, "penalty")} of its value.`,
  budgetWithin: (p) =>
    `${budgetHead(p)}: the rate of ${s(p, "rate")} is ${s(p, "share")} of the ${s(p, "budget")} budget; ${s(p, "costPerView")} per expected view (rate + ${handling(p)}) / ${s(p, "views")} expected views, against a benchmark of ${s(p, "benchmark")}.`,
  budgetWithinNoViews: (p) =>
    `${budgetHead(p)}: the rate of ${s(p, "rate")} is ${s(p, "share")} of the ${s(p, "budget")} budget; no views expected, so every won is spent without return.`,
  scoreAdjusted: (p, d) =>
    `Score ${s(p, "score")}: the weighted factors, ${d.map(englishFact).join(", ")}.`,
  gate: (p) =>
    `multiplied by ${s(p, "gate")} because ${p.why === "views" || p.why === "both" ? "few views are expected" : ""}${p.why === "both" ? " and " : ""}${p.why === "engagement" || p.why === "both" ? "the audience barely engages" : ""} (full weight from about 500 expected views and 0.4x the engagement norm)`,
  penalty: (p) => `cut to ${s(p, "penalty")} for the rate above the budget`,
  penaltyEstimated: (p) =>
    `cut to ${s(p, "penalty")} because channels like this one usually ask more than the budget`,
  cap: (p) => `capped at ${s(p, "cap")} for the audience mismatch`,
  valueOverBudget: () =>
    `Value for money: the rate is above the budget, so it ranks last by value.`,
  valueOverBudgetEstimated: () =>
    `Value for money: the rate is unknown and channels like this one usually ask more than the budget, so it ranks last by value.`,
  value: (p) =>
    `Value for money: ${s(p, "targetViews")} expected views in the target audience, weighted by the category match, for ${s(p, "cost")}${yes(p, "estimated") ? " (rate estimated from the tier and category, not quoted)" : ""} including handling: ${s(p, "perMillion")} target views and ${s(p, "sales")} expected sales per ${s(p, "million")}.`,
  vpsHidden: () => "Views per subscriber not measured: the subscriber count is hidden.",
  vpsFewVideos: () => "Views per subscriber not measured: fewer than 3 videos with views.",
  vps: (p) =>
    `Views per subscriber ${s(p, "vps")} (median ${s(p, "median")} views, ${s(p, "subscribers")} subscribers) is ${s(p, "ratio")}x the ${s(p, "norm")} norm for channels with ${s(p, "tier")}-tier views${Number(p.points) > 0 ? `: fewer viewers than the subscriber count implies, a pattern of bought or inactive subscribers (-${s(p, "points")})` : ""}.`,
  engagementUnmeasured: () => "Engagement not measured: likes are hidden or there are no views.",
  engagementSignal: (p) =>
    `Engagement ${s(p, "rate")} ((likes + comments) / views) is ${s(p, "ratio")}x the ${s(p, "norm")} norm for channels with ${s(p, "tier")}-tier views${p.direction === "low" ? `: an audience that watches without engaging (bought or autoplayed views) (-${s(p, "points")})` : p.direction === "high" ? `: more engagement than real audiences give (pods or bought likes) (-${s(p, "points")})` : ""}.`,
  commentsUnmeasured: () =>
    "Comments per like not measured: likes or comments are hidden or there are too few videos.",
  commentsPerLike: (p) =>
    `${s(p, "per100")} comments per 100 likes${Number(p.points) > 0 ? ` (real audiences leave about 1-10): likes or comments look bought (-${s(p, "points")})` : " (real audiences leave about 1-10)"}.`,
  subscriberJumpsUnmeasured: () =>
    "Subscriber jumps without matching views not measured: no subscriber history for this channel yet.",
  repeatedCommentsUnmeasured: () =>
    "Repeated comment text not measured: comment texts are not available.",
};

export function englishFact(f: Fact): string {
  return SENTENCES[f.code](f.params, f.details ?? []);
}

const RISKS: Record<RiskCode, Render> = {
  audience_quality: (p, d) =>
    `Audience quality ${s(p, "score")}/100${yes(p, "inflated") ? " (inflated or inactive subscribers)" : ""}: ${d.map(englishFact).join(" ")}`,
  audience_mismatch: (p) =>
    `The measured audience reaches only ${s(p, "reach")} of what a fully fitting audience reaches in the targeted ${list(p, "dims").join(" x ")}: the score is capped at ${s(p, "cap")}.`,
  engagement_far_below_norm: (p) =>
    `Engagement ${s(p, "rate")} is ${s(p, "ratio")} of the norm of ${s(p, "norm")} for channels with ${s(p, "tier")}-tier views: views with this little engagement can be bought or autoplayed.`,
  engagement_far_above_norm: (p) =>
    `Engagement ${s(p, "rate")} is ${s(p, "ratio")}x the norm of ${s(p, "norm")} for channels with ${s(p, "tier")}-tier views: check for engagement pods or bought likes.`,
  audience_outside_target_country: (p) =>
    `Only ${s(p, "share")} of the audience is ${p.source === "audience" ? "" : "estimated to be "}in ${orList(list(p, "countries"))}.`,
  audience_outside_target_region: (p) =>
    `${p.source === "audience" ? "" : "An estimated "}${s(p, "share")} of the audience lives in ${orList(list(p, "regions").map(place))}${p.creatorRegion ? ` (the creator is based in ${place(s(p, "creatorRegion"))})` : ""}.`,
  stale_channel: (p) => `No new video for ${s(p, "days")} days.`,
  over_budget: (p) =>
    `The rate of ${s(p, "rate")} is above the whole campaign budget of ${s(p, "budget")}.`,
  large_share_of_budget: (p) =>
    `The rate of ${s(p, "rate")} takes ${s(p, "share")} of the campaign budget.`,
  no_videos: () => "No videos to base a forecast on.",
  no_views: (p) =>
    `Most of its ${s(p, "count")} recent video${p.count === 1 ? "" : "s"} have no views at all: nothing to base a forecast on.`,
  few_videos: (p) =>
    `Only ${s(p, "count")} recent video${p.count === 1 ? "" : "s"} to base the forecast on.`,
  high_view_variance: (p) =>
    `Views swing widely between videos (middle half ${s(p, "p25")}-${s(p, "p75")}), so the forecast range is wide.`,
  no_audience_data: () => "No audience demographics: audience overlap is assumed, not measured.",
  subscriber_count_hidden: (p) =>
    `The channel hides its follower count; its tier (${s(p, "tier")}) is inferred from views.`,
  estimated_over_budget: (p) =>
    `Rate unknown, but channels performing like this one usually ask about ${s(p, "rate")}, above the whole budget of ${s(p, "budget")}.`,
  rate_unknown: (p) =>
    `Rate unknown: the cost has to be negotiated; budget efficiency is set to ${s(p, "score")} meanwhile.`,
  currency_unknown: (p) =>
    `The rate is in ${s(p, "currency")}, which cannot be converted to ${s(p, "campaignCurrency")}.`,
  currency_converted: (p) =>
    `The rate was converted from ${s(p, "currency")} to ${s(p, "campaignCurrency")} at a fixed reference rate.`,
};

export function englishRisk(code: RiskCode, params: FactParams, details: Fact[] = []): string {
  return RISKS[code](params, details);
}
