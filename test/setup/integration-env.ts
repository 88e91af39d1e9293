// Runs in each integration test worker before a test file is imported, so that
// lib/env.ts (which reads process.env once, on first use) sees this worker's own copy
// of the run's database, made from it on the worker's first file. Workers running at
// the same time have distinct VITEST_POOL_IDs, so they never share a copy.
import pg from "pg";
import { inject } from "vitest";
import { withDatabaseName } from "../../lib/db/embedded-postgres.ts";

const { adminUrl, template } = inject("testDatabase");
const name = `${template}_w${process.env.VITEST_POOL_ID ?? "1"}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
try {
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  if (!rowCount) {
    await admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`,
    );
  }
} finally {
  await admin.end();
}
process.env.DATABASE_URL = withDatabaseName(adminUrl, name);
