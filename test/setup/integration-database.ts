// Global setup of the `integration` project: one fresh, migrated database per run,
// which each test worker copies for itself (CREATE DATABASE ... TEMPLATE, in
// test/setup/integration-env.ts), so that files run in parallel without sharing tables:
// a test that counts, expires or re-indexes a whole table sees only its own worker's
// files. Within a worker, files run one at a time.
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
    /** The run's migrated database, which each test worker copies for itself. */
    testDatabase: { adminUrl: string; template: string };
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

  const teardown = async () => {
    try {
      if (external)
        await admin(adminUrl, async (c) => {
          const { rows } = await c.query<{ name: string }>(
            `SELECT datname AS name FROM pg_database WHERE datname = $1 OR datname LIKE $1 || '\\_w%'`,
            [dbName],
          );
          // the workers' copies first: the template cannot go while they are made from it
          for (const { name } of rows.sort((a, b) => b.name.length - a.name.length))
            await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
        });
    } finally {
      await server?.stop();
    }
  };

  try {
    await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(dbName)}`));
    await applyMigrations(databaseUrl);
  } catch (error) {
    await teardown().catch(() => undefined);
    throw error;
  }

  project.provide("testDatabase", { adminUrl, template: dbName });
  const where = external ? new URL(external).host : `embedded Postgres on port ${server!.port}`;
  console.log(
    `[integration] ${dbName} on ${where} ready in ${Math.round(performance.now() - started)} ms`,
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
