// seedDemoData against a real Postgres: what lands in the tables, that history and
// aggregates agree in SQL, that a second run does nothing and that a forced re-run
// writes byte-identical tables. Works in its own scratch schema (search_path through
// the connection string), because --force empties every table it can see.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../db/migrations.ts";
import { DEMO_ACCOUNTS } from "./accounts.ts";
import { seedDemoData, type SeedResult } from "./seed.ts";
import { seedDemoPerformance, TRACKED_DEMO_CAMPAIGN } from "./seed-performance.ts";
import { snapshotMatchVideos } from "../reporting/videos/snapshot-match-videos.ts";
import { youtubeVideoStats } from "../reporting/videos/video-stats-source.ts";
import { createYoutubeClient } from "../youtube/client.ts";
import { startYoutubeStandIn } from "../../scripts/dev/youtube-stand-in.ts";

const NOW = new Date(Date.UTC(2026, 10, 21));
const schema = `seed_test_${process.pid}`;
let admin: pg.Client;
let db: pg.Client;
let url: string;
let first: SeedResult;

const CHECKSUMMED = [
  "users",
  "brands",
  "brand_members",
  "creators",
  "channels",
  "videos",
  "audience_shares",
  "campaigns",
  "matches",
  "match_status_changes",
  "campaign_status_changes",
  "match_messages",
  "match_outcomes",
];

async function checksums(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of CHECKSUMMED) {
    const { rows } = await db.query<{ md5: string }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${t}" t`,
    );
    out[t] = rows[0].md5;
  }
  return out;
}

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db.query(sql, params);
  return rows[0] as T;
}

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const u = new URL(process.env.DATABASE_URL!);
  u.searchParams.set("options", `-c search_path=${schema}`);
  url = u.toString();
  await applyMigrations(url);
  first = await seedDemoData(url, { now: NOW });
  console.log(`[seed] ${first.seconds.toFixed(1)} s`, first.counts);
  db = new pg.Client({ connectionString: url });
  await db.connect();
}, 180_000);

afterAll(async () => {
  await db?.end();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

describe("seedDemoData", () => {
  it("fills the app tables in under a minute and leaves the feature store to its job", () => {
    expect(first.skipped).toBe(false);
    expect(first.seconds).toBeLessThan(60);
    const c = first.counts;
    expect(c.brands).toBeGreaterThanOrEqual(50);
    expect(c.creators).toBe(5000);
    expect(c.channels).toBe(5000);
    expect(c.videos).toBe(250_000);
    expect(c.audience_shares).toBeGreaterThan(5000 * 9);
    expect(c.match_outcomes).toBeGreaterThanOrEqual(1500);
    expect(c.match_status_changes).toBeGreaterThan(c.matches);
    expect(c.match_messages).toBeGreaterThan(c.matches);
    expect(c.creator_features).toBe(0);
    expect(c.forecast_models).toBe(0);
  });

  it("has every tier, campaign status and match status", async () => {
    const { rows: tiers } = await db.query("SELECT DISTINCT tier FROM channels ORDER BY 1");
    expect(tiers.map((r) => r.tier)).toEqual(["NANO", "MICRO", "MID", "MACRO", "MEGA"]);
    const { rows: cs } = await db.query("SELECT DISTINCT status FROM campaigns ORDER BY 1");
    expect(cs).toHaveLength(4);
    const { rows: ms } = await db.query("SELECT DISTINCT status FROM matches ORDER BY 1");
    expect(ms).toHaveLength(8);
  });

  it("gives the demo accounts their roles, brands, channel and inbox", async () => {
    for (const a of Object.values(DEMO_ACCOUNTS)) {
      const u = await one<{ role: string }>("SELECT role FROM users WHERE email = $1", [a.email]);
      expect(u.role).toBe(a.role);
    }
    const glow = await one<{ statuses: number; match_statuses: number }>(
      `SELECT count(DISTINCT c.status)::int AS statuses, count(DISTINCT m.status)::int AS match_statuses
         FROM brands b JOIN brand_members bm ON bm.brand_id = b.id AND bm.role = 'OWNER'
         JOIN users u ON u.id = bm.user_id JOIN campaigns c ON c.brand_id = b.id LEFT JOIN matches m ON m.campaign_id = c.id
        WHERE u.email = $1 AND b.name = '글로우랩'`,
      [DEMO_ACCOUNTS.brand.email],
    );
    expect(glow).toEqual({ statuses: 4, match_statuses: 8 });
    const bites = await one<{ kind: string; city: string; category: string }>(
      `SELECT b.kind, b.city, b.category FROM brands b JOIN brand_members bm ON bm.brand_id = b.id AND bm.role = 'OWNER'
         JOIN users u ON u.id = bm.user_id WHERE u.email = $1`,
      [DEMO_ACCOUNTS.otherBrand.email],
    );
    expect(bites).toEqual({ kind: "LOCAL_STORE", city: "Busan", category: "food" });
    const creator = await one<{ step: string; videos: number; audience: number; inbox: number }>(
      `SELECT cr.onboarding_step AS step,
              (SELECT count(*)::int FROM videos v JOIN channels ch ON ch.id = v.channel_id WHERE ch.creator_id = cr.id) AS videos,
              (SELECT count(*)::int FROM audience_shares a JOIN channels ch ON ch.id = a.channel_id WHERE ch.creator_id = cr.id) AS audience,
              (SELECT count(*)::int FROM matches m JOIN campaigns c ON c.id = m.campaign_id JOIN brands b ON b.id = c.brand_id
                WHERE m.creator_id = cr.id AND m.status = 'CONTACTED' AND b.name = '글로우랩'
                  AND EXISTS (SELECT 1 FROM match_messages x WHERE x.match_id = m.id AND x.kind = 'PROPOSAL')) AS inbox
         FROM creators cr JOIN users u ON u.id = cr.user_id WHERE u.email = $1`,
      [DEMO_ACCOUNTS.creator.email],
    );
    expect(creator.step).toBe("DONE");
    expect(creator.videos).toBe(50);
    expect(creator.audience).toBeGreaterThanOrEqual(9);
    expect(creator.inbox).toBeGreaterThanOrEqual(2);
  });

  it("keeps every match's history a chain from PENDING to its status", async () => {
    const bad = await one<Record<string, number>>(`
      WITH h AS (
        SELECT match_id, from_status, to_status,
               lag(to_status) OVER w AS prev_to,
               row_number() OVER w AS n,
               count(*) OVER (PARTITION BY match_id) AS total
          FROM match_status_changes
        WINDOW w AS (PARTITION BY match_id ORDER BY created_at))
      SELECT
        (SELECT count(*)::int FROM h WHERE n = 1 AND (from_status IS NOT NULL OR to_status <> 'PENDING')) AS bad_start,
        (SELECT count(*)::int FROM h WHERE n > 1 AND from_status IS DISTINCT FROM prev_to) AS bad_chain,
        (SELECT count(*)::int FROM matches m JOIN h ON h.match_id = m.id AND h.n = h.total
          WHERE h.to_status <> m.status OR h.total <> m.version + 1) AS bad_end,
        (SELECT count(*)::int FROM matches m
          WHERE NOT EXISTS (SELECT 1 FROM match_status_changes x WHERE x.match_id = m.id)) AS without_history`);
    expect(bad).toEqual({ bad_start: 0, bad_chain: 0, bad_end: 0, without_history: 0 });
  });

  it("gives every campaign a status history from its creation as a draft to its status, agreeing with its matches", async () => {
    const bad = await one<Record<string, number>>(`
      WITH h AS (
        SELECT campaign_id, from_status, to_status, created_at,
               lag(to_status) OVER w AS prev_to, lag(created_at) OVER w AS prev_at,
               row_number() OVER w AS n, count(*) OVER (PARTITION BY campaign_id) AS total
          FROM campaign_status_changes
        WINDOW w AS (PARTITION BY campaign_id ORDER BY created_at)),
      spans AS (
        SELECT campaign_id,
               min(created_at) FILTER (WHERE to_status = 'ACTIVE') AS active_from,
               max(created_at) FILTER (WHERE to_status IN ('PAUSED', 'COMPLETED')) AS ended_at
          FROM campaign_status_changes GROUP BY campaign_id)
      SELECT
        (SELECT count(*)::int FROM h WHERE n = 1 AND (from_status IS NOT NULL OR to_status <> 'DRAFT')) AS bad_start,
        (SELECT count(*)::int FROM h WHERE n > 1 AND (from_status IS DISTINCT FROM prev_to OR created_at <= prev_at)) AS bad_chain,
        (SELECT count(*)::int FROM campaigns c JOIN h ON h.campaign_id = c.id AND h.n = h.total
          WHERE h.to_status <> c.status OR h.created_at > c.updated_at) AS bad_end,
        (SELECT count(*)::int FROM campaigns c
          WHERE NOT EXISTS (SELECT 1 FROM campaign_status_changes x WHERE x.campaign_id = c.id)) AS without_history,
        -- proposals go out only while a campaign is live
        (SELECT count(*)::int FROM matches m JOIN spans s USING (campaign_id)
          WHERE s.active_from IS NULL OR m.created_at < s.active_from
             OR m.created_at > s.ended_at) AS proposals_while_not_live`);
    expect(bad).toEqual({
      bad_start: 0,
      bad_chain: 0,
      bad_end: 0,
      without_history: 0,
      proposals_while_not_live: 0,
    });
  });

  it("leaves no dangling foreign key (the load skips the per-row checks)", async () => {
    const { rows: fks } = await db.query<{
      child: string;
      col: string;
      parent: string;
      pcol: string;
    }>(`
      SELECT c.conrelid::regclass::text AS child, a.attname AS col, c.confrelid::regclass::text AS parent, pa.attname AS pcol
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace AND array_length(c.conkey, 1) = 1`);
    expect(fks.length).toBeGreaterThanOrEqual(10);
    const dangling: string[] = [];
    for (const fk of fks) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${fk.child} c WHERE c."${fk.col}" IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE p."${fk.pcol}" = c."${fk.col}")`,
      );
      if (rows[0].n > 0) dangling.push(`${fk.child}.${fk.col}: ${rows[0].n}`);
    }
    expect(dangling).toEqual([]);
  });

  it("stores channel aggregates that agree with the videos", async () => {
    const { n } = await one<{ n: number }>(`
      SELECT count(*)::int AS n FROM channels c JOIN (
        SELECT channel_id,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY views) AS med,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY (likes + comments)::float8 / views) FILTER (WHERE views > 0) AS er,
               max(published_at) AS last
          FROM videos GROUP BY channel_id) v ON v.channel_id = c.id
       WHERE c.median_views <> round(v.med::numeric) OR abs(c.engagement_rate - v.er) > 1e-9 OR c.last_video_at <> v.last`);
    expect(n).toBe(0);
  });

  it("gives outcomes to exactly the completed matches and fills the review queue", async () => {
    const r = await one<{ mismatched: number; queue: number; features: number }>(`
      SELECT
        (SELECT count(*)::int FROM matches m LEFT JOIN match_outcomes o ON o.match_id = m.id
          WHERE (m.status = 'COMPLETED') <> (o.match_id IS NOT NULL)) AS mismatched,
        (SELECT count(*)::int FROM matches WHERE review_status = 'PENDING' AND status = 'PENDING') AS queue,
        (SELECT count(*)::int FROM matches
          WHERE NOT (features_at_proposal ?& array['subscribers', 'tier', 'medianViews', 'engagementRate', 'categories'])) AS features`);
    expect(r.mismatched).toBe(0);
    expect(r.queue).toBeGreaterThan(0);
    expect(r.features).toBe(0);
  });

  it("settles every completed match and holds every accepted fee, each escrow ledger equal to its account", async () => {
    const unsettled = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM matches m
        WHERE m.status = 'COMPLETED' AND NOT EXISTS (SELECT 1 FROM settlements s WHERE s.match_id = m.id)`,
    );
    expect(unsettled.n).toBe(0);
    const unheld = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM matches m
        WHERE m.status IN ('ACCEPTED', 'COMPLETED')
          AND NOT EXISTS (SELECT 1 FROM escrow_entries e WHERE e.match_id = m.id AND e.kind = 'HOLD')`,
    );
    expect(unheld.n).toBe(0);
    // older work paid, the last days' still to approve or pay
    const { rows: statuses } = await db.query<{ status: string; n: number }>(
      `SELECT status::text, count(*)::int AS n FROM settlements GROUP BY 1 ORDER BY 1`,
    );
    expect(statuses.map((r) => r.status)).toEqual(["APPROVED", "PAID", "PENDING"]);
    // a settlement's money as compute-settlement.ts has it
    const wrong = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM settlements
        WHERE gross <> fixed_fee + commission OR creator_payout <> gross - platform_fee
           OR platform_fee <> gross * platform_fee_bp / 10000
           OR (status = 'PAID') <> (paid_at IS NOT NULL)`,
    );
    expect(wrong.n).toBe(0);
    const { rows: ledgers } = await db.query<{
      available: string;
      held: string;
      ledger: string;
      open: string;
    }>(
      `SELECT a.available::text, a.held::text,
              sum(CASE e.kind WHEN 'DEPOSIT' THEN e.amount WHEN 'RELEASE' THEN e.amount
                              ELSE -e.amount END)::text AS ledger,
              coalesce(sum(CASE e.kind WHEN 'HOLD' THEN e.amount WHEN 'RELEASE' THEN -e.amount END), 0)::text AS open
         FROM escrow_accounts a JOIN escrow_entries e ON e.brand_id = a.brand_id AND e.currency = a.currency
        GROUP BY a.brand_id, a.available, a.held`,
    );
    expect(ledgers.length).toBeGreaterThan(10);
    for (const l of ledgers) {
      expect(l.ledger).toBe(l.available);
      expect(l.open).toBe(l.held);
      // the demo's starting balance stays available for the walk-through
      expect(l.available).toBe("100000000");
    }
  });

  it("does nothing on a second run, and a forced run rewrites identical tables", async () => {
    const before = await checksums();
    const again = await seedDemoData(url, { now: NOW });
    expect(again.skipped).toBe(true);
    expect(again.counts).toEqual(first.counts);
    expect(await checksums()).toEqual(before);

    const forced = await seedDemoData(url, { now: NOW, force: true });
    expect(forced.skipped).toBe(false);
    expect(forced.counts).toEqual(first.counts);
    expect(await checksums()).toEqual(before);
  }, 180_000);

  it("gives the tracked demo campaign (written after the rest) its history too", async () => {
    await seedDemoPerformance(db, NOW);
    const { rows } = await db.query(
      `SELECT x.from_status::text AS "from", x.to_status::text AS "to", u.email,
              x.created_at <= (SELECT min(created_at) FROM matches WHERE campaign_id = c.id) AS before_proposals
         FROM campaigns c JOIN campaign_status_changes x ON x.campaign_id = c.id
         JOIN users u ON u.id = x.actor_id
        WHERE c.title = $1 ORDER BY x.created_at`,
      [TRACKED_DEMO_CAMPAIGN],
    );
    expect(rows).toEqual([
      { from: null, to: "DRAFT", email: DEMO_ACCOUNTS.brand.email, before_proposals: true },
      { from: "DRAFT", to: "ACTIVE", email: DEMO_ACCOUNTS.brand.email, before_proposals: true },
    ]);
  });

  it("gives the tracked campaign's videos ids the YouTube stand-in knows, so the daily job goes on reading them", async () => {
    // (after the test above, which seeded the tracked campaign)
    const standIn = await startYoutubeStandIn({ port: 0, redirectUris: ["http://localhost/cb"] });
    try {
      const source = youtubeVideoStats(
        createYoutubeClient(
          {
            dataApiBase: standIn.env.YOUTUBE_DATA_API_BASE_URL,
            analyticsApiBase: standIn.env.YOUTUBE_ANALYTICS_API_BASE_URL,
          },
          { apiKey: standIn.env.YOUTUBE_API_KEY },
        ),
      );
      // the day after the seed's: the campaign still runs
      const result = await snapshotMatchVideos(db, source, new Date(NOW.getTime() + 86_400_000));
      expect(result).toEqual({ videos: 4, snapshots: 4, baselines: 0, failed: 0 });
      // each new reading continues the seeded curve: more views than the day before
      const { rows } = await db.query(
        `SELECT mv.video_id, mv.last_sync_error,
                (SELECT array_agg(s.views ORDER BY s.day) FROM video_stat_snapshots s
                  WHERE s.match_video_id = mv.id) AS views
           FROM match_videos mv JOIN campaigns c ON c.id = mv.campaign_id
          WHERE c.title = $1`,
        [TRACKED_DEMO_CAMPAIGN],
      );
      expect(rows).toHaveLength(4);
      for (const r of rows) {
        expect(r.last_sync_error).toBeNull();
        const views = (r.views as string[]).map(Number);
        expect(views).toHaveLength(15);
        expect(views).toEqual([...views].sort((a, b) => a - b));
        expect(views[14]).toBeGreaterThan(views[13]);
      }
    } finally {
      await standIn.close();
    }
  });
});
