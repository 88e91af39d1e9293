import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Folders that never hold vitest tests (Playwright specs live in e2e/).
const exclude = [
  ...configDefaults.exclude,
  "**/.next/**",
  "**/.data/**",
  "e2e/**",
  "lib/db/generated/**",
];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Next.js's build-time guard; outside Next its import throws on purpose.
      { find: /^server-only$/, replacement: path.join(root, "test/setup/server-only.ts") },
    ],
  },
  test: {
    // Two at least: the integration files spend most of their time waiting on
    // Postgres, so even a 2-core machine runs two of them at once to advantage. Four at
    // most: each holds a dozen connections to the one test server.
    maxWorkers: Math.min(4, Math.max(2, os.availableParallelism() - 1)),
    // Request logs are for operators; a test run shows only warnings and errors.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.{ts,tsx}"],
          exclude: [...exclude, "**/*.integration.test.{ts,tsx}"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.{ts,tsx}"],
          exclude,
          // One fresh database per run, migrated once and copied for each test worker:
          // files run in parallel, each worker on its own copy.
          globalSetup: ["test/setup/integration-database.ts"],
          setupFiles: ["test/setup/integration-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
