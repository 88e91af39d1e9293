// Runs in each integration test worker before the test file is imported, so that
// lib/env.ts (which reads process.env once, on first use) sees this worker's own copy
// of the run's database (test/setup/integration-database.ts).
import { inject } from "vitest";

const urls = inject("databaseUrls");
const worker = Number(process.env.VITEST_POOL_ID ?? "1");
const url = urls[worker - 1];
if (!url) throw new Error(`no test database for worker ${worker} of ${urls.length}`);
process.env.DATABASE_URL = url;
