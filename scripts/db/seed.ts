// npm run db:seed [-- --force] — fills the database with the deterministic demo data
// (lib/demo-data). Does nothing when the database already has data, unless --force,
// which empties every app table first. DATABASE_URL set: that database; otherwise the
// development cluster in .data/postgres. Migrations are applied first.
import { applyMigrations } from "../../lib/db/migrations.ts";
import pg from "pg";
import { seedDemoData } from "../../lib/demo-data/seed.ts";
import { seedDemoActivity } from "../../lib/demo-data/seed-activity.ts";
import { prepareDerivedData } from "../../lib/matching/prepare-derived-data.ts";
import { describeScriptDatabase } from "../lib/db-url.ts";
import { readCliArgs } from "../lib/cli-args.ts";
import { runScript, withScriptDatabase } from "../lib/run-script.ts";

const USAGE = "usage: npm run db:seed [-- --force]";

runScript(async () => {
  const { force } = readCliArgs(process.argv.slice(2), USAGE, {
    force: { type: "boolean", default: false },
  }).values;
  return withScriptDatabase(async (db) => {
    // the derived data's modules read the app's environment (lib/env.ts), which needs
    // the database even when it is the development cluster started here
    process.env.DATABASE_URL = db.url;
    console.log(`seeding ${describeScriptDatabase(db)}${force ? " with --force" : ""}`);
    await applyMigrations(db.url);
    const result = await seedDemoData(db.url, { force, log: (line) => console.log(`  ${line}`) });
    if (!result.skipped) {
      for (const [table, n] of Object.entries(result.counts))
        console.log(`  ${table.padEnd(22)} ${String(n).padStart(8)} rows`);
    }
    console.log(result.skipped ? "nothing seeded" : `seeded in ${result.seconds.toFixed(1)} s`);
    // A (re)seed empties the feature store and brings new outcomes to fit on.
    const pool = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      if (!result.skipped) await seedDemoActivity(pool, (line) => console.log(`  ${line}`));
      await prepareDerivedData(pool, (line) => console.log(`  ${line}`));
    } finally {
      await pool.end();
    }
    return 0;
  });
});
