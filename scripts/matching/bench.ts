// npm run bench:match -- --creators 100000 [--runs 40] [--warmup 10] [--baseline-runs 5]
//                        [--baseline-warmup 2] [--baseline-sample N] [--seed 42]
// Ranks synthetic creators stored in a dedicated `bench` database through the same
// path as GET /api/v1/campaigns/:id/creators (stored campaign -> in-memory feature
// index loaded from creator_features -> rankCreators -> display fields), and compares
// it with two ORM baselines measured in the same run: a fair one (platform filter in
// SQL, score every row, explain the top 20, warmed up) and the naive first draft
// (every row read and explained, cold). The last line is one JSON object.
// DATABASE_URL names the server (the `bench` database is created on it); without it,
// the development cluster in .data/postgres.
import v8 from "node:v8";
import vm from "node:vm";
import { applyMigrations } from "../../lib/db/migrations.ts";
import { createDatabaseIfMissing, withDatabaseName } from "../../lib/db/embedded-postgres.ts";
import { generateCampaigns } from "./eval/synthetic.ts";
import type {
  CampaignSpec,
  CreatorFeatures,
  MatchResult,
} from "../../lib/matching/engine/types.ts";
import { percentile } from "../bench/percentile.ts";
import { redactUrl } from "../lib/db-url.ts";
import { readCliArgs, usageError } from "../lib/cli-args.ts";
import { runScript, withScriptDatabase } from "../lib/run-script.ts";
import { ensureBenchCreatorsInChild, storeBenchCampaigns } from "./bench-data.ts";

type Args = {
  creators: number;
  runs: number;
  warmup: number;
  baselineRuns: number;
  baselineWarmup: number;
  baselineSample: number | null;
  seed: number;
};

const USAGE =
  "usage: npm run bench:match -- [--creators 100000] [--runs 40] [--warmup 10] [--baseline-runs 5]\n" +
  "                              [--baseline-warmup 2] [--baseline-sample N] [--seed 42]";

// Argument errors are the user's, not the script's: printed without the stack that
// runScript(main, { stack: true }) shows for failures of the benchmark itself.
function readArgs(argv: string[]): Args {
  const { values } = readCliArgs(argv, USAGE, {
    creators: { type: "string", default: "100000" },
    runs: { type: "string", default: "40" },
    warmup: { type: "string", default: "10" },
    "baseline-runs": { type: "string", default: "5" },
    "baseline-warmup": { type: "string", default: "2" },
    "baseline-sample": { type: "string" },
    seed: { type: "string", default: "42" },
  });
  const intArg = (name: Exclude<keyof typeof values, "help">, min: number) => {
    const n = Number(values[name]?.replace(/_/g, ""));
    if (!Number.isInteger(n) || n < min) usageError(`--${name} needs an integer >= ${min}`, USAGE);
    return n;
  };
  return {
    creators: intArg("creators", 1),
    runs: intArg("runs", 30),
    warmup: intArg("warmup", 0),
    baselineRuns: intArg("baseline-runs", 1),
    baselineWarmup: intArg("baseline-warmup", 0),
    baselineSample: values["baseline-sample"] === undefined ? null : intArg("baseline-sample", 1),
    seed: intArg("seed", 0),
  };
}

const mb = (bytes: number) => Math.round(bytes / 1_048_576);

// A full collection before memory is measured and before the timed runs, so that
// neither the figures nor the timings carry the garbage of loading.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const ms = (x: number) => Math.round(x * 100) / 100;

const BASELINE_PAGE = 100_000;

const byScore = (results: MatchResult[]) =>
  results.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  return withScriptDatabase(async (server) => {
    const benchUrl = withDatabaseName(server.url, "bench");
    await createDatabaseIfMissing(server.url, "bench");
    await applyMigrations(benchUrl);
    // lib/db/client reads DATABASE_URL once, on first import: point it at `bench`.
    process.env.DATABASE_URL = benchUrl;
    const { prisma, pool } = await import("../../lib/db/client.ts");
    const { FeatureIndexCache } = await import("../../lib/matching/feature-store/cache.ts");
    const { loadStoredCampaign, rankStoredCampaign } =
      await import("../../lib/matching/feature-store/ranking.ts");
    const { getForecastModel } = await import("../../lib/matching/forecast/store.ts");
    const { prepareCampaign } = await import("../../lib/matching/engine/prepare-campaign.ts");
    const { filterReason, scoreCreator } = await import("../../lib/matching/engine/rank.ts");
    const { computeBreakdown } = await import("../../lib/matching/engine/breakdown.ts");
    const { campaignSpecFromDb } = await import("../../lib/matching/feature-store/campaign.ts");
    const log = (line: string) => console.log(line);

    log(`bench database ${redactUrl(benchUrl)}`);
    await ensureBenchCreatorsInChild(benchUrl, args.creators, args.seed);
    const specs = generateCampaigns(args.warmup + args.runs, args.seed);
    const campaignIds = await storeBenchCampaigns(pool, specs);

    // ── the engine path: index loaded from the feature store ──
    const rssBefore = process.memoryUsage().rss;
    const cache = new FeatureIndexCache(pool);
    const loadStarted = performance.now();
    const index = await cache.get();
    const firstLoadMs = performance.now() - loadStarted;
    const { loadMs, buildMs } = cache.stats();
    gc();
    const { rss: rssIndex, heapUsed: heapIndex } = process.memoryUsage();
    log(
      `index: ${index.size.toLocaleString("en-US")} creators, COPY + parse ${ms(loadMs)} ms, build ${ms(buildMs)} ms ` +
        `(first request ${ms(firstLoadMs)} ms); RSS ${mb(rssBefore)} -> ${mb(rssIndex)} MB, ` +
        `JS heap ${mb(heapIndex)} MB after a full GC`,
    );

    const rankOnce = async (campaignId: string) => {
      const campaign = await loadStoredCampaign(pool, campaignId);
      if (!campaign) throw new Error(`bench campaign ${campaignId} vanished`);
      return rankStoredCampaign(pool, cache, campaign, { limit: 20, offset: 0 });
    };
    for (let i = 0; i < args.warmup; i++) await rankOnce(campaignIds[i]);
    gc();
    const times: number[] = [];
    const tops = new Map<string, string[]>();
    for (let i = 0; i < args.runs; i++) {
      const id = campaignIds[args.warmup + i];
      const t0 = performance.now();
      const r = await rankOnce(id);
      times.push(performance.now() - t0);
      tops.set(
        id,
        r.results.map((x) => x.id),
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    log(
      `engine: ${args.runs} rankings of varied campaigns, top 20 with explanations: ` +
        `p50 ${ms(p50)} ms, p95 ${ms(p95)} ms, max ${ms(sorted[sorted.length - 1])} ms`,
    );

    // ── the ORM baselines ──
    // "fair" is what a good developer writes: the platform filter pushed into SQL,
    // every row scored (no explanation), the top 20 kept, only those explained, and
    // warmed up like the engine. "naive" is the first draft: every row read and fully
    // explained, cold. Rows are read in pages so that a million Prisma objects never
    // sit in memory at once.
    const sample = Math.min(args.baselineSample ?? args.creators, args.creators);
    const extrapolate = args.creators / sample;
    const { model } = await getForecastModel(pool);
    type Mode = "fair" | "naive";
    const baselineOnce = async (id: string, mode: Mode) => {
      const spec: CampaignSpec = campaignSpecFromDb((await loadStoredCampaign(pool, id))!);
      const t0 = performance.now();
      const q = prepareCampaign(spec, model);
      const platforms = spec.platforms.map((p) => p.toUpperCase() as "YOUTUBE");
      const where = mode === "fair" && platforms.length > 0 ? { platform: { in: platforms } } : {};
      let kept: { f: CreatorFeatures; score: number }[] = [];
      let explainedAll: MatchResult[] = [];
      let read = 0;
      let after: string | undefined;
      const byKept = (x: { f: CreatorFeatures; score: number }, y: typeof x) =>
        y.score - x.score || (x.f.id < y.f.id ? -1 : 1);
      while (read < sample) {
        const page = await prisma.creatorFeature.findMany({
          where,
          take: Math.min(BASELINE_PAGE, sample - read),
          orderBy: { creatorId: "asc" },
          ...(after ? { cursor: { creatorId: after }, skip: 1 } : {}),
        });
        if (page.length === 0) break;
        for (const row of page) {
          const f = fromPrisma(row);
          if (filterReason(f, q) !== null) continue;
          if (mode === "fair") kept.push({ f, score: computeBreakdown(f, q).score });
          else explainedAll.push(scoreCreator(f, q));
        }
        if (kept.length > 5_000) kept = kept.sort(byKept).slice(0, 20);
        if (explainedAll.length > 5_000) explainedAll = byScore(explainedAll).slice(0, 20);
        read += page.length;
        after = page[page.length - 1].creatorId;
      }
      const top =
        mode === "fair"
          ? kept
              .sort(byKept)
              .slice(0, 20)
              .map((k) => scoreCreator(k.f, q))
          : byScore(explainedAll).slice(0, 20);
      return { elapsed: performance.now() - t0, read, top: top.map((r) => r.id) };
    };
    const measure = async (mode: Mode, warmup: number) => {
      for (let w = 0; w < warmup; w++) await baselineOnce(campaignIds[w], mode);
      const times: number[] = [];
      let agree = 0;
      let compared = 0;
      for (let b = 0; b < args.baselineRuns; b++) {
        const id = campaignIds[args.warmup + b];
        const r = await baselineOnce(id, mode);
        times.push(r.elapsed * extrapolate);
        log(
          `${mode} baseline run ${b + 1}: ${r.read.toLocaleString("en-US")} rows via Prisma in ${ms(r.elapsed)} ms` +
            (extrapolate > 1 ? ` (x${extrapolate.toFixed(1)} extrapolated)` : "") +
            `; RSS ${mb(process.memoryUsage().rss)} MB`,
        );
        if (extrapolate === 1) {
          // Scores are compared at one decimal with ties by id on both sides.
          const engineTop = new Set(tops.get(id) ?? []);
          agree += r.top.filter((x) => engineTop.has(x)).length;
          compared += r.top.length;
        }
      }
      const sortedTimes = [...times].sort((a, b) => a - b);
      if (compared > 0)
        log(`engine and ${mode} baseline agree on ${agree} of ${compared} top-20 creators`);
      return { p50: percentile(sortedTimes, 50), p95: percentile(sortedTimes, 95) };
    };
    const fair = await measure("fair", args.baselineWarmup);
    const naive = await measure("naive", 0);
    const speedup = fair.p50 / p50;
    const naiveSpeedup = naive.p50 / p50;
    const rssEnd = process.memoryUsage().rss;
    log(
      `fair baseline (platform filter in SQL, score then explain 20, warmed up) p50 ${ms(fair.p50)} ms, p95 ${ms(fair.p95)} ms: engine x${speedup.toFixed(1)} faster (p50 / p50)`,
    );
    log(
      `naive baseline (every row, every row explained, cold) p50 ${ms(naive.p50)} ms, p95 ${ms(naive.p95)} ms: engine x${naiveSpeedup.toFixed(1)} faster${extrapolate > 1 ? ` (measured on ${sample.toLocaleString("en-US")} creators, extrapolated linearly)` : ""}; RSS ${mb(rssEnd)} MB`,
    );
    console.log(
      JSON.stringify({
        creators: index.size,
        runs: args.runs,
        p50Ms: ms(p50),
        p95Ms: ms(p95),
        baselineP50Ms: ms(fair.p50),
        baselineP95Ms: ms(fair.p95),
        speedup: Math.round(speedup * 10) / 10,
        naiveBaselineP50Ms: ms(naive.p50),
        naiveBaselineP95Ms: ms(naive.p95),
        naiveSpeedup: Math.round(naiveSpeedup * 10) / 10,
        indexBuildMs: ms(buildMs),
        loadMs: ms(loadMs),
        baselineRuns: args.baselineRuns,
        baselineWarmup: args.baselineWarmup,
        baselineMode:
          extrapolate > 1 ? `extrapolated from ${sample} creators` : "measured on all creators",
        rssIndexMb: mb(rssIndex),
        heapIndexMb: mb(heapIndex),
        rssMb: mb(rssEnd),
        // peak over the run, baseline included (resourceUsage reports KiB)
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
    await prisma.$disconnect();
    await pool.end();
    return 0;
  });
}

type PrismaFeatureRow = Awaited<
  ReturnType<(typeof import("../../lib/db/client.ts"))["prisma"]["creatorFeature"]["findMany"]>
>[number];

// What a naive implementation does with each ORM object before scoring it.
function fromPrisma(r: PrismaFeatureRow): CreatorFeatures {
  return {
    id: r.creatorId,
    platform: r.platform.toLowerCase() as CreatorFeatures["platform"],
    tier: r.tier.toLowerCase() as CreatorFeatures["tier"],
    subscribers: r.subscribers,
    subscribersHidden: r.subscribersHidden,
    videoCount: r.videoCount,
    medianViews: r.medianViews,
    viewsP25: r.viewsP25,
    viewsP75: r.viewsP75,
    engagementRate: r.engagementRate,
    likeRate: r.likeRate,
    commentRate: r.commentRate,
    shareRate: r.shareRate,
    uploadsPer30d: r.uploadsPer30d,
    daysSinceLastVideo: r.daysSinceLastVideo,
    categories: r.categories,
    region: r.region,
    country: r.country,
    ratePerVideo: r.ratePerVideo === null ? null : Number(r.ratePerVideo),
    currency: r.currency,
    audienceAge: r.audienceAge,
    audienceGender: r.audienceGender,
    audienceCountries: (r.audienceCountries as Record<string, number> | null) ?? null,
    audienceSource:
      r.audienceSource === null
        ? null
        : (r.audienceSource.toLowerCase() as "verified" | "estimated"),
  };
}

runScript(main, { stack: true });
