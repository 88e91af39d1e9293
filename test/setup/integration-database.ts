// Global setup of the `integration` project: one fresh, migrated database per run.
// DATABASE_URL set: a new database test_<random> on that server (which must be on
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
    /** Connection string of this run's migrated test database. */
    databaseUrl: string;
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
        await admin(adminUrl, (c) =>
          c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(dbName)} WITH (FORCE)`),
        );
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

  project.provide("databaseUrl", databaseUrl);
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
