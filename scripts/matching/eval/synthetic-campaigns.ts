// Synthetic campaigns and the ground truth of how good each creator really is for
// one. The truth is economic and uses only latent quantities the engine never sees:
// real-people views of the next video, the real audience mix, the real content mix
// and the real price; a creator's worth is target viewers reached per won spent
// (price plus a fixed cost of working with one more creator), zero when the price
// exceeds the whole budget.
import { fxRate } from "../../../lib/money.ts";
import {
  KR_POPULATION_SHARE,
  KR_REGIONS,
  type KrRegion,
} from "../../../lib/matching/engine/regions.ts";
import { Rng } from "../../../lib/random/seeded-random.ts";
import type { CreatorTruth } from "./synthetic.ts";
import {
  CATEGORY_AGE_CENTER,
  CATEGORY_FEMALE,
  CATEGORY_POPULARITY,
  GENERATOR_NEIGHBOURS,
} from "./synthetic-profiles.ts";
import type { Category } from "../../../lib/matching/engine/taxonomy.ts";
import {
  AGE_BUCKETS,
  type CampaignSpec,
  type CampaignType,
  type Platform,
} from "../../../lib/matching/engine/types.ts";

export interface SyntheticCampaignOptions {
  // share of campaigns budgeted in USD instead of KRW
  usdShare?: number;
}

// Working with one more creator costs time and product: briefing, shipping, review.
const OVERHEAD_PER_CREATOR_KRW = 300_000;

function topicAffinity(campaign: string, content: Category): number {
  if (campaign === content) return 1;
  const a = GENERATOR_NEIGHBOURS[campaign as Category] ?? [];
  const b = GENERATOR_NEIGHBOURS[content] ?? [];
  return a.includes(content) || b.includes(campaign as Category) ? 0.5 : 0.03;
}

// Target viewers reached per won: 0 for a creator not on the campaign's platforms or
// priced above the whole budget.
export function trueUtility(t: CreatorTruth, c: CampaignSpec): number {
  if (c.platforms.length > 0 && !c.platforms.includes(t.platform)) return 0;
  const toKrw = fxRate(c.currency, "KRW");
  const budgetKrw = c.budget * (Number.isFinite(toKrw) ? toKrw : 1);
  if (t.rateKrw > budgetKrw) return 0;
  const ta = c.targetAudience;
  let fraction = 1;
  if (ta.ageRanges.length > 0) {
    fraction *= AGE_BUCKETS.reduce((s, b, k) => s + (ta.ageRanges.includes(b) ? t.age[k] : 0), 0);
  }
  if (ta.genders.length === 1) fraction *= ta.genders[0] === "female" ? t.female : 1 - t.female;
  if (ta.countries.length > 0)
    fraction *= ta.countries.reduce((s, k) => s + (t.countries[k] ?? 0), 0);
  if (ta.regions.length > 0) {
    fraction *= ta.regions.reduce((s, r) => s + (t.regions[r as KrRegion] ?? 0), 0);
  }
  let topic = 0;
  for (const [cat, w] of Object.entries(t.contentMix) as [Category, number][]) {
    topic += w * topicAffinity(c.category, cat);
  }
  // An audience that engages buys more; the effect is real but sub-linear.
  const engaged = Math.pow(t.engagementQuality, 0.3);
  const reached = t.humanViews * fraction * topic * engaged;
  return reached / (t.rateKrw + OVERHEAD_PER_CREATOR_KRW);
}

const TYPES: Record<CampaignType, number> = {
  sponsored_video: 0.4,
  product_review: 0.25,
  gifting: 0.1,
  store_visit: 0.1,
  affiliate: 0.15,
};

const PLATFORM_SETS: { platforms: Platform[]; weight: number }[] = [
  { platforms: ["youtube"], weight: 0.6 },
  { platforms: ["youtube", "instagram"], weight: 0.2 },
  { platforms: ["instagram"], weight: 0.08 },
  { platforms: ["tiktok"], weight: 0.05 },
  { platforms: [], weight: 0.07 },
];

export function generateCampaigns(
  n: number,
  seed: number,
  opts: SyntheticCampaignOptions = {},
): CampaignSpec[] {
  const usdShare = opts.usdShare ?? 0.05;
  const out: CampaignSpec[] = [];
  for (let i = 0; i < n; i++) {
    const rng = Rng.fromSeed((seed * 7_919 + i * 104_729 + 17) >>> 0);
    const category = rng.weightedKey(CATEGORY_POPULARITY) as Category;
    const type = rng.weightedKey(TYPES) as CampaignType;
    let roll = rng.next();
    let platforms: Platform[] = ["youtube"];
    for (const p of PLATFORM_SETS) {
      roll -= p.weight;
      if (roll < 0) {
        platforms = p.platforms;
        break;
      }
    }
    const budgetKrw =
      Math.round(Math.exp(rng.uniform(Math.log(2e6), Math.log(1.5e8))) / 100_000) * 100_000;
    const usd = rng.chance(usdShare);

    const ageRanges: (typeof AGE_BUCKETS)[number][] = [];
    if (rng.chance(0.9)) {
      const center = Math.round(CATEGORY_AGE_CENTER[category] + rng.normal(0, 0.5));
      const width = rng.int(1, 3);
      const start = Math.max(
        0,
        Math.min(AGE_BUCKETS.length - width, center - Math.floor((width - 1) / 2)),
      );
      for (let b = start; b < start + width; b++) ageRanges.push(AGE_BUCKETS[b]);
    }
    const female = CATEGORY_FEMALE[category];
    const genders: ("female" | "male")[] = [];
    const g = rng.next();
    if (g < 0.5 && (female > 0.65 || female < 0.35)) genders.push(female > 0.5 ? "female" : "male");
    else if (g > 0.85) genders.push(rng.chance(0.5) ? "female" : "male");
    const c = rng.next();
    const countries = c < 0.85 ? ["KR"] : c < 0.9 ? ["KR", "JP"] : c < 0.95 ? ["US"] : [];
    const regions: string[] = [];
    if (type === "store_visit" || rng.chance(0.12)) {
      regions.push(rng.weightedKey(KR_POPULATION_SHARE));
      if (rng.chance(0.3)) {
        const other = rng.pick(KR_REGIONS.filter((r) => r !== regions[0]));
        regions.push(other);
      }
      if (!countries.includes("KR")) countries.splice(0, countries.length, "KR");
    }
    out.push({
      title: `Synthetic ${category} campaign ${i + 1}`,
      category,
      platforms,
      budget: usd ? Math.round((budgetKrw / 1400) * 100) : budgetKrw,
      currency: usd ? "USD" : "KRW",
      targetAudience: { ageRanges, genders, countries, regions },
      type,
    });
  }
  return out;
}
