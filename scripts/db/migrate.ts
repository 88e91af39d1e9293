// npm run db:migrate — applies pending migrations in prisma/migrations.
// DATABASE_URL set: that database. Otherwise the development cluster in
// .data/postgres (started for the duration, or the one `npm start` is running).
import { applyMigrations } from "../../lib/db/migrations.ts";
import { describeScriptDatabase } from "../lib/db-url.ts";
import { runScript, withScriptDatabase } from "../lib/run-script.ts";

async function main(): Promise<number> {
  const started = performance.now();
  // Not migrated on the way in: applying them, a line each, is this script's job.
  return withScriptDatabase(
    async (db) => {
      console.log(`migrating ${describeScriptDatabase(db)}`);
      const applied = await applyMigrations(db.url, { log: (line) => console.log(`  ${line}`) });
      console.log(
        applied.length
          ? `applied ${applied.length} migration(s) in ${Math.round(performance.now() - started)} ms`
          : "database is up to date, nothing to apply",
      );
      return 0;
    },
    { migrate: false },
  );
}

runScript(main);
