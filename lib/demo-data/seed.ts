// Seeds the demo data into a migrated database: generated in memory (deterministic),
// then COPYed table by table inside one transaction, so a failed seed leaves nothing
// behind and a concurrent second seed waits on the advisory lock and then skips.
import pg from "pg";
import { DEMO_ACCOUNTS } from "./accounts.ts";
import { copyTable, TABLES } from "./copy-rows.ts";
import { seedCampaignHistory } from "./seed-campaign-history.ts";
import { seedSettlements } from "./seed-settlements.ts";
import { env } from "../env.ts";
import { generateDemoData, type DemoDataOptions } from "./generate.ts";

// pg_advisory_xact_lock key: "seed" in ASCII, so it is recognisable in pg_locks
const SEED_LOCK = 0x73656564;

export type SeedOptions = DemoDataOptions & {
  /** Replace whatever the app tables hold (TRUNCATE ... CASCADE) instead of skipping. */
  force?: boolean;
  /** Progress lines (per-table timings); silent by default. */
  log?: (line: string) => void;
};

export type SeedResult = {
  seconds: number;
  /** rows per app table after the run */
  counts: Record<string, number>;
  /** true when the database already had data and nothing was written */
  skipped: boolean;
};

async function appTables(db: pg.PoolClient): Promise<string[]> {
  const { rows } = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.tablename);
}

async function tableCounts(db: pg.PoolClient): Promise<Record<string, number>> {
  const tables = await appTables(db);
  const { rows } = await db.query<{ t: string; n: string }>(
    tables.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM "${t}"`).join(" UNION ALL "),
  );
  const counts = new Map(rows.map((r) => [r.t, Number(r.n)]));
  return Object.fromEntries(tables.map((t) => [t, counts.get(t) ?? 0]));
}

async function hasData(db: pg.PoolClient): Promise<{ any: boolean; demo: boolean }> {
  const { rows } = await db.query<{ any: boolean; demo: boolean }>(
    `SELECT (EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM brands) OR EXISTS (SELECT 1 FROM creators)) AS any,
            EXISTS (SELECT 1 FROM users WHERE email = $1) AS demo`,
    [DEMO_ACCOUNTS.admin.email],
  );
  return rows[0];
}

export async function seedDemoData(
  connectionString: string,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const elapsed = () => (performance.now() - started) / 1000;
  const pool = new pg.Pool({ connectionString, max: 1 });
  const db = await pool.connect();
  try {
    const before = await hasData(db);
    if (before.any && !options.force) {
      log(
        before.demo
          ? "Demo data already present: nothing to do (use --force to replace it)."
          : "Database already has data: not seeding (use --force to replace it).",
      );
      return { seconds: elapsed(), counts: await tableCounts(db), skipped: true };
    }

    let t = performance.now();
    const data = generateDemoData(options);
    log(`generated in ${((performance.now() - t) / 1000).toFixed(2)} s`);

    await db.query("BEGIN");
    try {
      await db.query("SELECT pg_advisory_xact_lock($1)", [SEED_LOCK]);
      const { rows } = await db.query<{ superuser: boolean }>(
        "SELECT current_setting('is_superuser') = 'on' AS superuser",
      );
      if (rows[0].superuser) {
        // Skips the per-row foreign-key triggers (each one a lookup that locks the parent
        // row): the rows are generated together and reference each other by construction,
        // which seed.integration.test.ts verifies. About 40% off the load; only a
        // superuser (the embedded dev and test clusters) may do it.
        await db.query("SET LOCAL session_replication_role = replica");
      }
      if (options.force) {
        const tables = await appTables(db);
        await db.query(`TRUNCATE ${tables.map((x) => `"${x}"`).join(", ")} CASCADE`);
      } else if ((await hasData(db)).any) {
        // another seed finished while this one was generating
        await db.query("ROLLBACK");
        log("Database was seeded concurrently: nothing to do.");
        return { seconds: elapsed(), counts: await tableCounts(db), skipped: true };
      }
      for (const spec of TABLES) {
        t = performance.now();
        await copyTable(db, spec, data);
        log(`${spec.table.padEnd(22)} ${((performance.now() - t) / 1000).toFixed(2)} s`);
      }
      await seedEscrow(db);
      await seedCampaignHistory(db);
      await seedSettlements(db, env().PLATFORM_COMMISSION_BP, options.now);
      await db.query("COMMIT");
    } catch (error) {
      await db.query("ROLLBACK").catch(() => {});
      throw error;
    }
    t = performance.now();
    // fresh statistics, so the first queries on the new rows get sensible plans
    await db.query(`ANALYZE ${TABLES.map((s) => `"${s.table}"`).join(", ")}`);
    log(`analyze                ${((performance.now() - t) / 1000).toFixed(2)} s`);
    return { seconds: elapsed(), counts: await tableCounts(db), skipped: false };
  } finally {
    db.release();
    await pool.end();
  }
}

/**
 * Every demo brand starts with ₩100,000,000 in escrow (as a recorded deposit), so that
 * accepting a proposal in the demo puts the fee aside rather than asking for a top-up.
 */
async function seedEscrow(db: pg.PoolClient): Promise<void> {
  await db.query(
    `INSERT INTO escrow_entries (brand_id, currency, kind, amount, payment_reference)
     SELECT id, 'KRW', 'DEPOSIT', 100000000, 'demo_seed_' || id FROM brands`,
  );
  await db.query(
    `INSERT INTO escrow_accounts (brand_id, currency, available)
     SELECT id, 'KRW', 100000000 FROM brands`,
  );
}
