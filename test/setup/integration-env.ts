// Runs in each integration test worker before the test file is imported, so that
// lib/env.ts (which reads process.env once, on first use) sees the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
