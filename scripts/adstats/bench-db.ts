// The benchmark database for the adstats benchmarks: `bench_adstats` on the script's
// server (DATABASE_URL or the dev cluster), emptied of ad data first so that every
// run measures the same work, and migrated.
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrations.ts";
import { createDatabaseIfMissing, withDatabaseName } from "../../lib/db/embedded-postgres.ts";

export async function prepareBenchDatabase(serverUrl: string): Promise<string> {
  await createDatabaseIfMissing(serverUrl, "bench_adstats");
  const url = withDatabaseName(serverUrl, "bench_adstats");
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await emptyAdTables(client);
  } finally {
    await client.end();
  }
  return url;
}

export async function emptyAdTables(client: pg.ClientBase): Promise<void> {
  await client.query(
    `TRUNCATE adstats_events, adstats_hourly, adstats_entity_daily, adstats_daily, adstats_hourly_totals,
       adstats_entity_totals, adstats_parts.adstats_entity_deltas, adstats_dead_letters, adstats_imports,
       adstats_import_segments`,
  );
}
