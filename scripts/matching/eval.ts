// npm run eval:match [-- --creators 5000 --campaigns 200 --seed 2026]
//
// Ranking quality of the engine against fair baselines, the ones a careful user of a
// discovery tool gets to: filter by platform, category and budget (and by audience,
// where the data says it), then sort by median views, by views per won, or by
// subscribers. Synthetic creators carry latent truths (real audience, content mix,
// human views, price); a campaign's truly best creators are those reaching the most
// target viewers per won (scripts/matching/eval/synthetic-campaigns.ts), which the
// engine never sees. Reported per scenario: NDCG@10 and precision@10 for the engine's
// two orders (score, value per won) and each baseline; the share of bought-view
// creators in the engine's top 10 and in the true top 10. Then the audience-quality
// section: recall and false-positive rate of the audience_quality risk on creators
// with known subscriber inflation, next to the previous rule. Last line: one JSON object.
import { parseArgs } from "node:util";
import { CreatorIndex } from "../../lib/matching/engine/creator-index.ts";
import { deriveFeatures } from "../../lib/matching/engine/derive-features.ts";
import { VIEWS_PER_SUBSCRIBER_NORM } from "../../lib/matching/engine/norms.ts";
import { prepareCampaign } from "../../lib/matching/engine/prepare-campaign.ts";
import { rankCreators, scoreCreator, type RankSort } from "../../lib/matching/engine/rank.ts";
import { normalizeCategory } from "../../lib/matching/engine/taxonomy.ts";
import type { CampaignSpec, CreatorFeatures } from "../../lib/matching/engine/types.ts";
import { fxRate } from "../../lib/money.ts";
import { gradeByUtility, ndcgAtK, precisionAtK } from "./eval/metrics.ts";
import {
  generateCampaigns,
  generateCreatorsWithTruth,
  SYNTHETIC_NOW,
  trueUtility,
  type SyntheticOptions,
} from "./eval/synthetic.ts";

const K = 10;

const { values } = parseArgs({
  options: {
    creators: { type: "string", default: "5000" },
    campaigns: { type: "string", default: "200" },
    seed: { type: "string", default: "2026" },
  },
});
const positive = (name: string, v: string | undefined) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0 || n > 1_000_000) {
    console.error(`--${name} needs a positive integer`);
    process.exit(1);
  }
  return n;
};
const nCreators = positive("creators", values.creators);
const nCampaigns = positive("campaigns", values.campaigns);
const seed = positive("seed", values.seed);

type Method =
  | "engine"
  | "engineValue"
  | "byMedianViews"
  | "byViewsPerWon"
  | "bySubscribersInAudience"
  | "random";
const METHODS: Method[] = [
  "engine",
  "engineValue",
  "byMedianViews",
  "byViewsPerWon",
  "bySubscribersInAudience",
  "random",
];
const LABELS: Record<Method, string> = {
  engine: "engine, by score",
  engineValue: "engine, by value per won",
  byMedianViews: "filter, sort by median views",
  byViewsPerWon: "filter, sort by median views per won",
  bySubscribersInAudience: "filter incl. audience, sort by subscribers",
  random: "random (reference)",
};

const costOf = (f: CreatorFeatures, c: CampaignSpec) =>
  f.ratePerVideo === null ? null : f.ratePerVideo * fxRate(f.currency, c.currency);

// The measured audience is mostly the target: over half in the target country and
// gender, over a third in the target ages. Unknown audiences do not pass.
function audienceFits(f: CreatorFeatures, c: CampaignSpec): boolean {
  const ta = c.targetAudience;
  if (ta.countries.length > 0) {
    if (!f.audienceCountries) return false;
    const s = ta.countries.reduce((a, k) => a + (f.audienceCountries?.[k] ?? 0), 0);
    if (s < 0.5) return false;
  }
  if (ta.genders.length === 1) {
    if (f.audienceGender.length === 0) return false;
    if (f.audienceGender[ta.genders[0] === "female" ? 0 : 1] < 0.5) return false;
  }
  if (ta.ageRanges.length > 0 && ta.ageRanges.length < 7) {
    if (f.audienceAge.length === 0) return false;
    const buckets = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"];
    const s = ta.ageRanges.reduce((a, b) => a + f.audienceAge[buckets.indexOf(b)], 0);
    if (s < 1 / 3) return false;
  }
  return true;
}

// A careful user: keep creators on the campaign's platforms whose categories include
// the campaign's and whose rate fits the budget (and, if asked, whose audience fits),
// sort by `key`. If fewer than K survive, relax the audience, the category, then the
// budget.
function discoveryBaseline(
  features: readonly CreatorFeatures[],
  eligible: readonly number[],
  c: CampaignSpec,
  key: (f: CreatorFeatures) => number,
  withAudience: boolean,
): number[] {
  const category = normalizeCategory(c.category);
  const fits = (f: CreatorFeatures) => {
    const cost = costOf(f, c);
    return cost !== null && cost <= c.budget;
  };
  const inCat = (f: CreatorFeatures) => f.categories.includes(category);
  const groups = [
    eligible.filter(
      (i) =>
        inCat(features[i]) && fits(features[i]) && (!withAudience || audienceFits(features[i], c)),
    ),
    ...(withAudience
      ? [
          eligible.filter(
            (i) => inCat(features[i]) && fits(features[i]) && !audienceFits(features[i], c),
          ),
        ]
      : []),
    eligible.filter((i) => !inCat(features[i]) && fits(features[i])),
    eligible.filter((i) => !fits(features[i])),
  ];
  const out: number[] = [];
  for (const group of groups) {
    group.sort(
      (a, b) => key(features[b]) - key(features[a]) || (features[a].id < features[b].id ? -1 : 1),
    );
    for (const i of group) {
      if (out.length >= K) return out;
      out.push(i);
    }
  }
  return out;
}

function shuffleTake(eligible: readonly number[], salt: number): number[] {
  const a = [...eligible];
  let s = (salt * 2654435761) >>> 0;
  for (let i = a.length - 1; i > 0 && a.length - i <= K; i--) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(-K).reverse();
}

interface Scenario {
  name: string;
  options: SyntheticOptions;
}
const SCENARIOS: Scenario[] = [
  { name: "base", options: { inflatedShare: 0, boughtViewsShare: 0.02 } },
  { name: "10% inflated subscribers", options: { inflatedShare: 0.1, boughtViewsShare: 0.02 } },
  { name: "noisy views and audiences (2x)", options: { inflatedShare: 0.05, noise: 2 } },
  { name: "10% bought views", options: { inflatedShare: 0.05, boughtViewsShare: 0.1 } },
  { name: "20% bought views", options: { inflatedShare: 0.05, boughtViewsShare: 0.2 } },
];

interface ScenarioResult {
  name: string;
  campaigns: number;
  metrics: Record<Method, { ndcg10: number; precision10: number }>;
  // share of bought-view creators among the engine's top 10 (by score) and the truth's
  boughtViewsInEngineTop10: number;
  boughtViewsInTrueTop10: number;
}

function runScenario(s: Scenario): ScenarioResult {
  const { records, truth } = generateCreatorsWithTruth(nCreators, seed, s.options);
  const features = records.map((r) => deriveFeatures(r, SYNTHETIC_NOW));
  const index = CreatorIndex.build(features);
  const slotOf = new Map<string, number>();
  index.ids.forEach((id, i) => slotOf.set(`${index.featuresAt(i).platform}:${id}`, i));
  const campaigns = generateCampaigns(nCampaigns, seed + 1);

  const sums = Object.fromEntries(
    METHODS.map((m) => [m, { ndcg10: 0, precision10: 0 }]),
  ) as ScenarioResult["metrics"];
  let bought = 0;
  let boughtTrue = 0;
  let counted = 0;
  campaigns.forEach((c, ci) => {
    const eligible = features
      .map((_, i) => i)
      .filter((i) => c.platforms.length === 0 || c.platforms.includes(features[i].platform));
    const utilities = eligible.map((i) => trueUtility(truth[i], c));
    if (!utilities.some((u) => u > 0)) return;
    const gradesEligible = gradeByUtility(utilities);
    const grades = new Array<number>(features.length).fill(0);
    eligible.forEach((i, k) => (grades[i] = gradesEligible[k]));
    counted++;

    const q = prepareCampaign(c);
    const engineBy = (sort: RankSort) =>
      rankCreators(index, q, { limit: K, sort }).results.map((r) =>
        slotOf.get(`${r.platform}:${r.id}`)!,
      );
    const perWon = (f: CreatorFeatures) => {
      const cost = costOf(f, c);
      return cost === null || cost <= 0 ? -1 : f.medianViews / cost;
    };
    const lists: Record<Method, number[]> = {
      engine: engineBy("score"),
      engineValue: engineBy("value"),
      byMedianViews: discoveryBaseline(features, eligible, c, (f) => f.medianViews, false),
      byViewsPerWon: discoveryBaseline(features, eligible, c, perWon, false),
      bySubscribersInAudience: discoveryBaseline(
        features,
        eligible,
        c,
        (f) => f.subscribers ?? -1,
        true,
      ),
      random: shuffleTake(eligible, ci + 1),
    };
    for (const m of METHODS) {
      sums[m].ndcg10 += ndcgAtK(lists[m], grades, K);
      sums[m].precision10 += precisionAtK(lists[m], grades, K);
    }
    bought += lists.engine.filter((i) => truth[i].boughtViews).length / K;
    const trueTop = eligible
      .map((i, k) => ({ i, u: utilities[k] }))
      .sort((a, b) => b.u - a.u)
      .slice(0, K);
    boughtTrue += trueTop.filter((x) => truth[x.i].boughtViews).length / K;
  });
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const metrics = {} as ScenarioResult["metrics"];
  for (const m of METHODS) {
    metrics[m] = {
      ndcg10: r3(sums[m].ndcg10 / counted),
      precision10: r3(sums[m].precision10 / counted),
    };
  }
  return {
    name: s.name,
    campaigns: counted,
    metrics,
    boughtViewsInEngineTop10: r3(bought / counted),
    boughtViewsInTrueTop10: r3(boughtTrue / counted),
  };
}

// The rule before the audience-quality score: views per subscriber under a quarter of
// the norm of the *subscriber* tier (which inflated subscribers push up).
function previousRule(f: CreatorFeatures): boolean {
  if (f.subscribers === null || f.subscribers <= 0 || f.videoCount < 3) return false;
  return f.medianViews / f.subscribers < 0.25 * VIEWS_PER_SUBSCRIBER_NORM[f.platform][f.tier];
}

interface QualityResult {
  inflation: string;
  inflated: number;
  honest: number;
  recall: number;
  falsePositiveRate: number;
  previousRecall: number;
  previousFalsePositiveRate: number;
}

function runQuality(range: [number, number]): QualityResult {
  const { records, truth } = generateCreatorsWithTruth(nCreators, seed + 7, {
    inflatedShare: 0.15,
    inflationRange: range,
    boughtViewsShare: 0,
  });
  const neutral = prepareCampaign({
    title: "quality",
    category: "lifestyle",
    platforms: [],
    budget: 10_000_000,
    currency: "KRW",
    targetAudience: { ageRanges: [], genders: [], countries: [], regions: [] },
  });
  let tp = 0;
  let fp = 0;
  let oldTp = 0;
  let oldFp = 0;
  let pos = 0;
  let neg = 0;
  records.forEach((rec, i) => {
    const f = deriveFeatures(rec, SYNTHETIC_NOW);
    const flagged = scoreCreator(f, neutral).risks.some((r) => r.code === "audience_quality");
    const old = previousRule(f);
    if (truth[i].inflated) {
      pos++;
      tp += flagged ? 1 : 0;
      oldTp += old ? 1 : 0;
    } else {
      neg++;
      fp += flagged ? 1 : 0;
      oldFp += old ? 1 : 0;
    }
  });
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    inflation: range[0] === range[1] ? `${range[0]}x` : `${range[0]}-${range[1]}x`,
    inflated: pos,
    honest: neg,
    recall: r3(tp / pos),
    falsePositiveRate: r3(fp / neg),
    previousRecall: r3(oldTp / pos),
    previousFalsePositiveRate: r3(oldFp / neg),
  };
}

const started = performance.now();
const scenarios = SCENARIOS.map(runScenario);
const quality = (
  [
    [3, 3],
    [5, 5],
    [10, 10],
    [4, 12],
  ] as [number, number][]
).map(runQuality);

const pad = (s: string, n: number) => s.padEnd(n);
console.log(
  `Matching quality over ${nCampaigns} synthetic campaigns, ${nCreators} synthetic creators (seed ${seed})`,
);
for (const s of scenarios) {
  console.log(`\n${s.name} (${s.campaigns} campaigns)`);
  console.log(`  ${pad("method", 46)}${pad("NDCG@10", 9)}P@10`);
  for (const m of METHODS) {
    console.log(
      `  ${pad(LABELS[m], 46)}${pad(s.metrics[m].ndcg10.toFixed(3), 9)}${s.metrics[m].precision10.toFixed(3)}`,
    );
  }
  console.log(
    `  bought-view creators: ${(s.boughtViewsInEngineTop10 * 100).toFixed(1)}% of the engine's top 10, ${(s.boughtViewsInTrueTop10 * 100).toFixed(1)}% of the true top 10`,
  );
}
console.log(
  "\nAudience quality: the audience_quality risk on rosters where 15% of creators inflate subscribers",
);
console.log(
  `  ${pad("inflation", 11)}${pad("recall", 8)}${pad("FPR", 8)}${pad("previous rule recall", 22)}previous FPR`,
);
for (const q of quality) {
  console.log(
    `  ${pad(q.inflation, 11)}${pad(q.recall.toFixed(3), 8)}${pad(q.falsePositiveRate.toFixed(3), 8)}${pad(q.previousRecall.toFixed(3), 22)}${q.previousFalsePositiveRate.toFixed(3)}`,
  );
}
const baselines: Method[] = ["byMedianViews", "byViewsPerWon", "bySubscribersInAudience"];
const beatsBaselines = scenarios.every((s) =>
  baselines.every((b) => s.metrics.engine.ndcg10 > s.metrics[b].ndcg10),
);
console.log(
  beatsBaselines
    ? "\nThe engine (by score) beats every fair baseline in every scenario."
    : "\nThe engine (by score) does NOT beat every fair baseline in every scenario.",
);
console.log(
  JSON.stringify({
    creators: nCreators,
    campaigns: nCampaigns,
    seed,
    k: K,
    scenarios,
    quality,
    beatsBaselines,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }),
);
process.exitCode = beatsBaselines ? 0 : 1;
