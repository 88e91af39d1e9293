// Synthetic creators for `npm run bench:match`, written straight into the feature
// store of a dedicated database with COPY (no videos: at a million creators those
// would be fifty million rows the ranking never reads). Reused across runs when the
// table already holds the same N and seed. bench.ts runs this file as a child process
// (`bench-data.ts <url> <n> <seed>`), so that the gigabyte of generated objects is
// not garbage in the process whose rankings are timed.
import { withTransaction } from "../../lib/db/transaction.ts";
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { generateCreatorFeatures } from "./eval/synthetic.ts";
import { toFeatureRowJson } from "../../lib/matching/feature-store/rows.ts";
import { FEATURE_RULES_VERSION } from "../../lib/matching/engine/derive-features.ts";
import { runScript } from "../lib/run-script.ts";
import type { CampaignSpec, CreatorFeatures } from "../../lib/matching/engine/types.ts";

const MARK_VERSION = 1;
const INFLATED_SHARE = 0.1;

/** Stable uuid per synthetic creator, so reruns and samples line up. */
export function benchCreatorId(i: number): string {
  return `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;
}

// The rows are generated, not read from records, so they are current for the rules of
// the day: a new FEATURE_RULES_VERSION regenerates them, so that a job worker started
// on this database (bench:workflow) never takes them for stale rows to recompute.
const mark = (n: number, seed: number) =>
  `bench v${MARK_VERSION} rules v${FEATURE_RULES_VERSION} creators=${n} seed=${seed}`;

/** true when the table already held the data; false when it was (re)generated. */
export async function ensureBenchCreators(
  pool: pg.Pool,
  n: number,
  seed: number,
  log: (line: string) => void,
): Promise<boolean> {
  const { rows } = await pool.query<{ mark: string | null; n: number }>(
    `SELECT obj_description('creator_features'::regclass, 'pg_class') AS mark,
            (SELECT count(*)::int FROM creator_features) AS n`,
  );
  if (rows[0].mark === mark(n, seed) && rows[0].n === n) return true;

  log(
    `generating ${n.toLocaleString("en-US")} synthetic creators (seed ${seed}, ${INFLATED_SHARE * 100}% inflated)...`,
  );
  let started = performance.now();
  const features = generateCreatorFeatures(n, seed, { inflatedShare: INFLATED_SHARE });
  for (let i = 0; i < n; i++) features[i].id = benchCreatorId(i);
  log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  started = performance.now();
  await withTransaction(pool, async (client) => {
    await client.query("TRUNCATE creators, brands CASCADE");
    await copyRows(
      client,
      "COPY creators (id, display_name, categories, region, country, rate_per_video, currency, created_at, updated_at) FROM STDIN",
      features,
      creatorLine,
    );
    await copyRows(
      client,
      `COPY creator_features (creator_id, platform, tier, subscribers, subscribers_hidden, video_count, median_views,
         views_p25, views_p75, engagement_rate, like_rate, comment_rate, share_rate, uploads_per_30d,
         days_since_last_video, categories, region, country, rate_per_video, currency, audience_age,
         audience_gender, audience_countries, audience_source, rules_version) FROM STDIN`,
      features,
      featureLine,
    );
    await client.query(`COMMENT ON TABLE creator_features IS '${mark(n, seed)}'`);
  });
  await pool.query("ANALYZE creators");
  await pool.query("ANALYZE creator_features");
  log(`  copied into the bench database in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return false;
}

async function copyRows<T>(
  client: pg.PoolClient,
  sql: string,
  rows: readonly T[],
  line: (r: T) => string,
) {
  function* chunks() {
    const CHUNK = 2000;
    for (let i = 0; i < rows.length; i += CHUNK) {
      let s = "";
      for (let j = i; j < Math.min(rows.length, i + CHUNK); j++) s += line(rows[j]) + "\n";
      yield s;
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

// COPY text format: tab-separated, \N for NULL, backslash escapes.
const esc = (s: string) =>
  s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
const text = (v: string | null) => (v === null ? "\\N" : esc(v));
const num = (v: number | null) => (v === null ? "\\N" : String(v));
const textArray = (xs: readonly string[]) =>
  esc(`{${xs.map((x) => `"${x.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`);
const floatArray = (xs: readonly number[]) => `{${xs.join(",")}}`;

const NOW_ISO = new Date().toISOString();

function creatorLine(f: CreatorFeatures): string {
  return [
    f.id,
    esc(`Bench creator ${f.id.slice(-8)}`),
    textArray(f.categories),
    text(f.region),
    text(f.country ?? "KR"),
    num(f.ratePerVideo === null ? null : Math.round(f.ratePerVideo)),
    text(f.currency),
    NOW_ISO,
    NOW_ISO,
  ].join("\t");
}

function featureLine(f: CreatorFeatures): string {
  const r = toFeatureRowJson(f);
  return [
    r.creator_id,
    r.platform,
    r.tier,
    num(r.subscribers),
    r.subscribers_hidden ? "t" : "f",
    num(r.video_count),
    num(r.median_views),
    num(r.views_p25),
    num(r.views_p75),
    num(r.engagement_rate),
    num(r.like_rate),
    num(r.comment_rate),
    num(r.share_rate),
    num(r.uploads_per_30d),
    num(r.days_since_last_video),
    textArray(r.categories),
    text(r.region),
    text(r.country),
    num(r.rate_per_video),
    text(r.currency),
    floatArray(r.audience_age),
    floatArray(r.audience_gender),
    r.audience_countries === null ? "\\N" : esc(JSON.stringify(r.audience_countries)),
    text(r.audience_source),
    FEATURE_RULES_VERSION,
  ].join("\t");
}

/** Stores the bench campaigns under one brand (replacing the previous run's). */
export async function storeBenchCampaigns(
  pool: pg.Pool,
  specs: readonly CampaignSpec[],
): Promise<string[]> {
  await pool.query("DELETE FROM brands WHERE name = 'Bench brand'");
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO brands (id, name, category, updated_at) VALUES (gen_random_uuid(), 'Bench brand', 'bench', now()) RETURNING id`,
  );
  const brandId = rows[0].id;
  const ids: string[] = [];
  for (const s of specs) {
    const { rows: c } = await pool.query<{ id: string }>(
      `INSERT INTO campaigns (id, brand_id, title, category, type, status, platforms, budget, currency,
                              target_age_ranges, target_genders, target_countries, target_regions,
                              matching_weights, matching_filters, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4::"CampaignType", 'ACTIVE', $5::"Platform"[], $6, $7,
               $8, $9, $10, $11, $12::jsonb, $13::jsonb, now())
       RETURNING id`,
      [
        brandId,
        s.title,
        s.category,
        (s.type ?? "sponsored_video").toUpperCase(),
        s.platforms.map((p) => p.toUpperCase()),
        Math.round(s.budget),
        s.currency,
        s.targetAudience.ageRanges,
        s.targetAudience.genders,
        s.targetAudience.countries,
        s.targetAudience.regions,
        s.weights ? JSON.stringify(s.weights) : null,
        s.filters ? JSON.stringify(s.filters) : null,
      ],
    );
    ids.push(c[0].id);
  }
  return ids;
}

/** Runs ensureBenchCreators in a child process; resolves when the data is in place. */
export function ensureBenchCreatorsInChild(url: string, n: number, seed: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // The same loader flags (tsx) as this process, so the child runs TypeScript too.
    const child = spawn(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), url, String(n), String(seed)],
      {
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`bench data generation failed (exit ${code})`)),
    );
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runScript(
    async () => {
      const [url, n, seed] = process.argv.slice(2);
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      try {
        const reused = await ensureBenchCreators(pool, Number(n), Number(seed), (line) =>
          console.log(line),
        );
        if (reused)
          console.log(
            `reusing ${Number(n).toLocaleString("en-US")} creators already in the bench database`,
          );
        return 0;
      } finally {
        await pool.end();
      }
    },
    { stack: true },
  );
}
