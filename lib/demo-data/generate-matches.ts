// Matches for every campaign that left DRAFT: the brand's shortlist (good but not
// perfect picks within budget, local creators for local stores), each with its
// explained score at proposal time, workflow history, thread and, once completed,
// its outcome. Glow Lab's first campaign holds every workflow state and the demo
// creator has proposals in his inbox.
import { reviewReasons } from "../admin/review-reasons.ts";
import { reviewLines } from "../matches/review-lines.ts";
import { MATCH_STATUS_ORDER } from "../matches/statuses.ts";
import { category } from "./catalog.ts";
import type { GeneratedBrand } from "./generate-brands.ts";
import type { CreatorProfile } from "./generate-creators.ts";
import { drawOutcome } from "./match-outcome.ts";
import { buildWorkflow, EXPIRY_DAYS, pathTo, timeline } from "./match-workflow.ts";
import { Rng } from "../random/seeded-random.ts";
import {
  audiencePlaceShare,
  audienceTargetShare,
  baseRate,
  candidateScore,
  engineCampaign,
  featuresAt,
  scoreProposal,
} from "./proposal.ts";
import type { PreparedCampaign } from "../matching/engine/prepare-campaign.ts";
import type {
  CampaignRow,
  MatchRow,
  MatchStatus,
  MessageRow,
  OfferRow,
  OutcomeRow,
  StatusChangeRow,
} from "./types.ts";

const DAY = 86_400_000;
/** Offers above this (KRW) wait for admin review (REVIEW_BUDGET_THRESHOLD's default). */
export const REVIEW_THRESHOLD = 5_000_000;

const MIX: Record<"ACTIVE" | "PAUSED" | "COMPLETED", [readonly MatchStatus[], number[]]> = {
  COMPLETED: [
    ["COMPLETED", "REJECTED", "EXPIRED"],
    [78, 12, 10],
  ],
  ACTIVE: [MATCH_STATUS_ORDER, [15, 18, 12, 12, 18, 8, 10, 7]],
  PAUSED: [MATCH_STATUS_ORDER, [20, 25, 10, 10, 20, 10, 0, 5]],
};

export type GeneratedMatches = {
  matches: MatchRow[];
  history: StatusChangeRow[];
  messages: MessageRow[];
  offers: OfferRow[];
  outcomes: OutcomeRow[];
};

type Forced = { profile: CreatorProfile; status: MatchStatus };

const roundTo = (n: number, unit: number) => Math.max(unit, Math.round(n / unit) * unit);

function eligible(p: CreatorProfile): boolean {
  return p.creator.ratePerVideo !== null && p.creator.categories.length > 0;
}

type Pools = { own: CreatorProfile[]; related: CreatorProfile[] };

/** Creators of the campaign's category, and of related ones; local stores look nearby. */
function pools(
  cache: Map<string, Pools>,
  profiles: CreatorProfile[],
  slug: string,
  city: string | null,
): Pools {
  const key = `${slug}|${city ?? ""}`;
  let hit = cache.get(key);
  if (!hit) {
    const related = category(slug).related;
    hit = { own: [], related: [] };
    for (const p of profiles) {
      if (!eligible(p) || p.index === 0 || (city !== null && p.creator.region !== city)) continue;
      if (p.creator.categories.includes(slug)) hit.own.push(p);
      else if (p.creator.categories.some((k) => related.includes(k))) hit.related.push(p);
    }
    cache.set(key, hit);
  }
  return hit;
}

function candidates(
  c: CampaignRow,
  b: GeneratedBrand,
  profiles: CreatorProfile[],
  cache: Map<string, Pools>,
  r: Rng,
): CreatorProfile[] {
  if (b.brand.kind === "LOCAL_STORE") {
    const near = pools(cache, profiles, c.category, b.brand.city);
    const local = [...near.own, ...near.related];
    if (local.length >= 30) return r.sample(local, 250);
    return [...new Set([...local, ...r.sample(pools(cache, profiles, c.category, null).own, 200)])];
  }
  const all = pools(cache, profiles, c.category, null);
  return [...r.sample(all.own, 190), ...r.sample(all.related, 60)];
}

export function generateMatches(
  seed: string,
  now: number,
  campaigns: CampaignRow[],
  brands: GeneratedBrand[],
  profiles: CreatorProfile[],
  adminIds: string[],
): GeneratedMatches {
  const out: GeneratedMatches = {
    matches: [],
    history: [],
    messages: [],
    offers: [],
    outcomes: [],
  };
  const brandById = new Map(brands.map((b) => [b.brand.id, b]));
  const cache = new Map<string, Pools>();
  const demoCreator = profiles[0];
  const glowLab = brands[0].brand.id;
  const glowCampaigns = campaigns.filter((c) => c.brandId === glowLab);
  const demoStatus = new Map<string, MatchStatus>([
    [glowCampaigns[0].id, "CONTACTED"],
    [glowCampaigns[1].id, "NEGOTIATING"],
    [glowCampaigns[2].id, "CONTACTED"],
    [glowCampaigns[4].id, "COMPLETED"],
    [glowCampaigns[5].id, "COMPLETED"],
  ]);

  campaigns.forEach((c, ci) => {
    if (c.status === "DRAFT") return;
    const r = Rng.fromKey(`${seed}:shortlist:${ci}`);
    const b = brandById.get(c.brandId)!;
    const size =
      c.status === "COMPLETED"
        ? r.int(15, 28)
        : c.status === "ACTIVE"
          ? r.int(8, 24)
          : r.int(5, 12);
    const proposedBy = c.status === "COMPLETED" ? c.startsAt! - 20 * DAY : now - DAY;
    const q = engineCampaign(c);
    const ranked = candidates(c, b, profiles, cache, r)
      .filter((p) => p.creator.createdAt + DAY < proposedBy)
      .map((p) => {
        const cost = baseRate(p, c.type);
        const days = Math.max(0, (proposedBy - p.agg.lastVideoAt) / DAY);
        // brands pick from the engine's ranking, well but not perfectly: their own
        // judgement is noise on the score
        return { p, key: candidateScore(q, p, days) + r.normal(0, 8), cost };
      })
      .sort((x, y) => y.key - x.key);

    const chosen: Forced[] = [];
    const demo = demoStatus.get(c.id);
    if (demo) chosen.push({ profile: demoCreator, status: demo });
    // the demo brand's first campaign shows every workflow state
    const mustHave =
      c.id === glowCampaigns[0].id ? MATCH_STATUS_ORDER.filter((s) => s !== demo) : [];
    let planned = 0;
    for (const { p, cost } of ranked) {
      if (chosen.length >= size + (demo ? 1 : 0)) break;
      if (cost > c.budget * 0.6 || (planned > 0 && planned + cost > c.budget * 1.3)) continue;
      planned += cost;
      const [statuses, weights] = MIX[c.status as keyof typeof MIX];
      chosen.push({ profile: p, status: mustHave.shift() ?? r.weighted(statuses, weights) });
    }

    for (const { profile, status } of chosen) {
      buildMatch(out, seed, now, c, q, ci, b, profile, status, adminIds);
    }
  });
  return out;
}

function buildMatch(
  out: GeneratedMatches,
  seed: string,
  now: number,
  c: CampaignRow,
  q: PreparedCampaign,
  ci: number,
  b: GeneratedBrand,
  p: CreatorProfile,
  wanted: MatchStatus,
  adminIds: string[],
): void {
  const r = Rng.fromKey(`${seed}:match:${ci}:${p.index}`);
  const ids = Rng.fromKey(`${seed}:match-ids:${ci}:${p.index}`);
  const matchId = ids.uuid();
  const f = featuresAt(p, c.startsAt ?? c.createdAt, now, r);
  const cost = baseRate(p, c.type);
  const offer = roundTo(cost * r.uniform(0.75, 1.05), 10_000);
  const s = scoreProposal(q, p.creator.id, f, offer);
  const earliest = Math.max(c.createdAt, p.creator.createdAt) + 0.2 * DAY;

  const flagged = offer > REVIEW_THRESHOLD || s.confidence === "LOW";
  let status = wanted;
  let path = pathTo(status, r, flagged);
  let times = timeline(path, c, earliest, now, r);
  if (!times) {
    // too young a campaign for a 30-day expiry: the proposal is simply still open
    status = "CONTACTED";
    path = ["PENDING", "CONTACTED"];
    times = timeline(path, c, earliest, now, r);
    if (!times)
      throw new Error(`no room for a match of campaign ${c.id} and creator ${p.creator.id}`);
  }
  const createdAt = times[0];
  f.asOf = new Date(createdAt).toISOString();
  const joinedDaysBefore = (createdAt - p.creator.createdAt) / DAY;
  // why it waits for review, by the rules a real proposal is held by
  // (lib/admin/review-reasons.ts; a creator who joined under 30 days before counts as
  // one with nothing completed yet): English in review_reason, and as codes
  // (review_lines) that each reader sees in their own language
  const reviewRules =
    offer > REVIEW_THRESHOLD || s.confidence === "LOW" || joinedDaysBefore < 30
      ? reviewReasons(
          {
            amount: offer,
            currency: "KRW",
            confidence: s.confidence,
            creatorCompletedMatches: joinedDaysBefore < 30 ? 0 : 1,
            note: null,
          },
          REVIEW_THRESHOLD,
        )
      : [];
  const reviewRequired = reviewRules.length > 0;

  const counter = roundTo(Math.max(offer * r.uniform(1.1, 1.35), cost), 10_000);
  const negotiated = path.includes("NEGOTIATING");
  const brandCounter = negotiated && r.chance(0.5) ? roundTo((offer + counter) / 2, 10_000) : null;
  const agreed = negotiated ? (brandCounter ?? counter) : offer;
  const team = [b.owner.id, ...b.members.map((m) => m.id)];
  const wf = buildWorkflow(
    matchId,
    path,
    times,
    c,
    {
      brandName: b.brand.name,
      brandUserIds: team,
      creatorName: p.creator.displayName.split(" ")[0],
      creatorUserId: p.creator.userId,
      adminIds,
    },
    { offer, counter, brandCounter, agreed },
    reviewRequired,
    now,
    r,
    ids,
  );

  const last = times[times.length - 1];
  const open = ["PENDING", "CONTACTED", "RESPONDED", "NEGOTIATING"].includes(status);
  const pr = r.next() - (s.score > 70 ? 0.08 : 0);
  const match: MatchRow = {
    id: matchId,
    campaignId: c.id,
    creatorId: p.creator.id,
    status,
    priority: pr < 0.04 ? "URGENT" : pr < 0.22 ? "HIGH" : pr < 0.84 ? "NORMAL" : "LOW",
    score: s.score,
    audienceOverlap: s.audienceOverlap,
    categoryMatch: s.categoryMatch,
    performancePrediction: s.performancePrediction,
    budgetFit: s.budgetFit,
    confidence: s.confidence,
    reasons: s.reasons,
    explanation: s.explanation,
    risks: s.risks,
    forecast: s.forecast,
    predictedViewsMin: s.predictedViewsMin,
    predictedViewsMax: s.predictedViewsMax,
    featuresAtProposal: f,
    offerAmount: offer,
    agreedAmount: status === "ACCEPTED" || status === "COMPLETED" ? agreed : null,
    reviewStatus: wf.reviewStatus,
    reviewReason: reviewRequired ? reviewRules.map((x) => x.label).join("; ") : null,
    reviewLines: reviewRequired
      ? reviewLines(reviewRules, [], {
          amount: offer,
          threshold: REVIEW_THRESHOLD,
          currency: "KRW",
        })
      : null,
    reviewedById: wf.reviewedById,
    reviewedAt: wf.reviewedAt,
    expiresAt: open
      ? last + EXPIRY_DAYS * DAY
      : status === "EXPIRED"
        ? times[times.length - 2] + EXPIRY_DAYS * DAY
        : null,
    statusChangedAt: last,
    version: path.length - 1,
    createdAt,
  };
  out.matches.push(match);
  out.history.push(...wf.history);
  out.messages.push(...wf.messages);
  out.offers.push(...wf.offers);
  if (status === "COMPLETED") {
    out.outcomes.push(
      drawOutcome(
        {
          matchId,
          campaign: c,
          features: f,
          categoryMatch: s.categoryMatch,
          targetShare: audienceTargetShare(c, p),
          placeShare: audiencePlaceShare(c, p),
          agreed,
          completedAt: last,
          priceLevel: b.brand.priceLevel,
          now,
        },
        r,
      ),
    );
  }
}
