// npm run eval:match [-- --creators 5000 --campaigns 200 --seed 2026]
//
// Ranking quality of the engine against what users of a discovery tool do: filter by
// category and budget, then sort by subscribers or by engagement rate. Synthetic
// creators carry latent truths (real audience, content mix, human views, price); a
// campaign's truly best creators are those reaching the most target viewers per won
// (scripts/matching/eval/synthetic-campaigns.ts), which the engine never sees. Reported:
// NDCG@10 and precision@10 (share of the top 10 among the true top 3%), averaged
// over campaigns, with 0% and 10% of creators carrying inflated subscriber counts.
// The last line is one JSON object.
import { CreatorIndex } from "../../lib/matching/engine/creator-index.ts";
import { deriveFeatures } from "../../lib/matching/engine/derive-features.ts";
import { gradeByUtility, ndcgAtK, precisionAtK } from "./eval/metrics.ts";
import { fxRate } from "../../lib/money.ts";
import { rankCreators } from "../../lib/matching/engine/rank.ts";
import {
  generateCampaigns,
  generateCreatorsWithTruth,
  SYNTHETIC_NOW,
  trueUtility,
} from "./eval/synthetic.ts";
import { normalizeCategory } from "../../lib/matching/engine/taxonomy.ts";
import type { CampaignSpec, CreatorFeatures } from "../../lib/matching/engine/types.ts";

const K = 10;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) {
    console.error(`--${name} needs a positive number`);
    process.exit(1);
  }
  return v;
}

const nCreators = arg("creators", 5000);
const nCampaigns = arg("campaigns", 200);
const seed = arg("seed", 2026);

type Method = "engine" | "bySubscribers" | "byEngagement" | "random";
const METHODS: Method[] = ["engine", "bySubscribers", "byEngagement", "random"];
const LABELS: Record<Method, string> = {
  engine: "engine",
  bySubscribers: "filter category+budget, sort by subscribers",
  byEngagement: "filter category+budget, sort by engagement rate",
  random: "random (reference)",
};

// What a discovery-tool user does: keep creators on the campaign's platforms whose
// categories include the campaign's and whose rate fits the budget, sort by `key`.
// If fewer than K survive, the user relaxes the category, then the budget.
function discoveryBaseline(
  features: readonly CreatorFeatures[],
  eligible: readonly number[],
  c: CampaignSpec,
  key: (f: CreatorFeatures) => number,
): number[] {
  const category = normalizeCategory(c.category);
  const fits = (f: CreatorFeatures) =>
    f.ratePerVideo !== null && f.ratePerVideo * fxRate(f.currency, c.currency) <= c.budget;
  const tiers = [
    eligible.filter((i) => features[i].categories.includes(category) && fits(features[i])),
    eligible.filter((i) => !features[i].categories.includes(category) && fits(features[i])),
    eligible.filter((i) => !fits(features[i])),
  ];
  const out: number[] = [];
  for (const group of tiers) {
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

interface ScenarioResult {
  inflatedShare: number;
  campaigns: number;
  metrics: Record<Method, { ndcg10: number; precision10: number }>;
}

function runScenario(inflatedShare: number): ScenarioResult {
  const { records, truth } = generateCreatorsWithTruth(nCreators, seed, { inflatedShare });
  const features = records.map((r) => deriveFeatures(r, SYNTHETIC_NOW));
  const index = CreatorIndex.build(features);
  const slotOf = new Map<string, number>();
  index.ids.forEach((id, i) => slotOf.set(`${index.featuresAt(i).platform}:${id}`, i));
  const campaigns = generateCampaigns(nCampaigns, seed + 1);

  const sums: Record<Method, { ndcg10: number; precision10: number }> = {
    engine: { ndcg10: 0, precision10: 0 },
    bySubscribers: { ndcg10: 0, precision10: 0 },
    byEngagement: { ndcg10: 0, precision10: 0 },
    random: { ndcg10: 0, precision10: 0 },
  };
  let counted = 0;
  campaigns.forEach((c, ci) => {
    const eligible = features
      .map((f, i) => i)
      .filter((i) => c.platforms.length === 0 || c.platforms.includes(features[i].platform));
    const utilities = eligible.map((i) => trueUtility(truth[i], c));
    if (!utilities.some((u) => u > 0)) return;
    const gradesEligible = gradeByUtility(utilities);
    const grades = new Array<number>(features.length).fill(0);
    eligible.forEach((i, k) => (grades[i] = gradesEligible[k]));
    counted++;

    const engine = rankCreators(index, c, { limit: K }).results.map((r) =>
      slotOf.get(`${r.platform}:${r.id}`)!,
    );
    const lists: Record<Method, number[]> = {
      engine,
      bySubscribers: discoveryBaseline(features, eligible, c, (f) => f.subscribers ?? -1),
      byEngagement: discoveryBaseline(features, eligible, c, (f) => f.engagementRate),
      random: shuffleTake(eligible, ci + 1),
    };
    for (const m of METHODS) {
      sums[m].ndcg10 += ndcgAtK(lists[m], grades, K);
      sums[m].precision10 += precisionAtK(lists[m], grades, K);
    }
  });
  const metrics = {} as ScenarioResult["metrics"];
  for (const m of METHODS) {
    metrics[m] = {
      ndcg10: Math.round((sums[m].ndcg10 / counted) * 1000) / 1000,
      precision10: Math.round((sums[m].precision10 / counted) * 1000) / 1000,
    };
  }
  return { inflatedShare, campaigns: counted, metrics };
}

const started = performance.now();
const scenarios = [0, 0.1].map(runScenario);

const pad = (s: string, n: number) => s.padEnd(n);
console.log(
  `Matching quality over ${nCampaigns} synthetic campaigns, ${nCreators} synthetic creators (seed ${seed})`,
);
console.log(`${pad("method", 52)}${pad("inflated", 10)}${pad("NDCG@10", 9)}P@10`);
for (const s of scenarios) {
  for (const m of METHODS) {
    console.log(
      `${pad(LABELS[m], 52)}${pad(`${Math.round(s.inflatedShare * 100)}%`, 10)}${pad(s.metrics[m].ndcg10.toFixed(3), 9)}${s.metrics[m].precision10.toFixed(3)}`,
    );
  }
}
const beatsBaselines = scenarios.every(
  (s) =>
    s.metrics.engine.ndcg10 > s.metrics.bySubscribers.ndcg10 &&
    s.metrics.engine.ndcg10 > s.metrics.byEngagement.ndcg10,
);
console.log(
  beatsBaselines
    ? "The engine beats both baselines in every scenario."
    : "The engine does NOT beat both baselines.",
);
console.log(
  JSON.stringify({
    creators: nCreators,
    campaigns: nCampaigns,
    seed,
    k: K,
    scenarios,
    beatsBaselines,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }),
);
process.exitCode = beatsBaselines ? 0 : 1;
