// Global setup of the `integration` project: one fresh, migrated database per run,
// copied once per test worker (CREATE DATABASE ... TEMPLATE), so that files run in
// parallel without sharing tables: a test that counts, expires or re-indexes a whole
// table sees only its own worker's files. Within a worker, files run one at a time.
// DATABASE_URL set: databases test_<random>[_wN] on that server (which must be on
// this machine: the run creates and drops databases). Otherwise a throw-away
// embedded Postgres in a temp dir. Torn down when the run ends.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrations.ts";
import {
  isLocalDatabaseUrl,
  randomSuffix,
  startTemporaryPostgres,
  withDatabaseName,
  type EmbeddedPostgres,
} from "../../lib/db/embedded-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Connection strings of this run's migrated test databases, one per test worker. */
    databaseUrls: string[];
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const external = process.env.DATABASE_URL;
  if (external && !isLocalDatabaseUrl(external)) {
    throw new Error(
      `integration tests create and drop databases, so they only run against a server on localhost / 127.0.0.1; ` +
        `DATABASE_URL points at ${new URL(external).host}. Unset it to use an embedded Postgres.`,
    );
  }

  let server: EmbeddedPostgres | undefined;
  if (!external) server = await startTemporaryPostgres();
  const adminUrl = external ?? server!.connectionString("postgres");
  const dbName = `test_${randomSuffix()}`;
  const databaseUrl = withDatabaseName(adminUrl, dbName);
  // VITEST_POOL_ID runs from 1 to maxWorkers (test/setup/integration-env.ts)
  const workers = Math.max(1, project.globalConfig.maxWorkers);
  const copies = Array.from({ length: workers }, (_, i) => `${dbName}_w${i + 1}`);

  const teardown = async () => {
    try {
      if (external)
        await admin(adminUrl, async (c) => {
          for (const name of [...copies, dbName])
            await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
        });
    } finally {
      await server?.stop();
    }
  };

  try {
    await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(dbName)}`));
    await applyMigrations(databaseUrl);
    await admin(adminUrl, async (c) => {
      for (const name of copies)
        await c.query(
          `CREATE DATABASE ${c.escapeIdentifier(name)} TEMPLATE ${c.escapeIdentifier(dbName)}`,
        );
    });
  } catch (error) {
    await teardown().catch(() => undefined);
    throw error;
  }

  project.provide(
    "databaseUrls",
    copies.map((name) => withDatabaseName(adminUrl, name)),
  );
  const where = external ? new URL(external).host : `embedded Postgres on port ${server!.port}`;
  console.log(
    `[integration] ${dbName} (${workers} ${workers === 1 ? "copy" : "copies"}) on ${where} ready in ${Math.round(performance.now() - started)} ms`,
  );
  return teardown;
}

async function admin(url: string, fn: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}
