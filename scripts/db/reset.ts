// npm run db:reset — drops the database's schema with all its data, recreates it
// and applies every migration. Only for a database on this machine.
// DATABASE_URL set: that database. Otherwise the development cluster in .data/postgres.
import pg from "pg";
import { applyMigrations, readMigrations } from "../../lib/db/migrations.ts";
import { isLocalDatabaseUrl } from "../../lib/db/embedded-postgres.ts";
import { runScript, withScriptDatabase } from "../lib/run-script.ts";

async function main(): Promise<number> {
  const started = performance.now();
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv && !isLocalDatabaseUrl(fromEnv)) {
    console.error(
      `refusing to reset ${new URL(fromEnv).host}: db:reset only touches databases on localhost / 127.0.0.1`,
    );
    return 1;
  }
  // Not migrated on the way in: a schema broken half-way is what a reset is for.
  return withScriptDatabase(
    async ({ url }) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ schema: string | null; db: string }>(
          "SELECT current_schema() AS schema, current_database() AS db",
        );
        // No current schema means an earlier reset died between DROP and CREATE.
        const schema = rows[0].schema ?? "public";
        const ident = client.escapeIdentifier(schema);
        // the schemas the migrations create besides it (adstats_parts: the ad-log
        // partitions and the site / app journal) hold data too
        const own = await schemasCreatedByMigrations();
        console.log(`dropping schemas ${[schema, ...own].join(", ")} of database ${rows[0].db}`);
        for (const s of own)
          await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(s)} CASCADE`);
        await client.query(`DROP SCHEMA IF EXISTS ${ident} CASCADE`);
        await client.query(`CREATE SCHEMA ${ident}`);
      } finally {
        await client.end();
      }
      const applied = await applyMigrations(url, { log: (line) => console.log(`  ${line}`) });
      console.log(
        `reset done: ${applied.length} migration(s) applied in ${Math.round(performance.now() - started)} ms ` +
          `(run npm run db:seed for demo data)`,
      );
      return 0;
    },
    { migrate: false },
  );
}

/** Schemas a migration creates (CREATE SCHEMA [IF NOT EXISTS] "name"). */
async function schemasCreatedByMigrations(): Promise<string[]> {
  const names = new Set<string>();
  for (const m of await readMigrations())
    for (const [, name] of m.script.matchAll(/CREATE SCHEMA (?:IF NOT EXISTS )?"?(\w+)"?/gi))
      names.add(name);
  return [...names];
}

runScript(main);
