// `npm test`: every test the project has, in order of cost — type check, formatting, unit and
// integration tests (vitest, real Postgres), then browser tests (Playwright, Chromium).
// Ends with one summary line "N passed, N failed" for CI, and a non-zero exit code if
// any stage failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Stage = { name: string; command: string[]; env?: Record<string, string>; report?: string };

const results = "test-results";
mkdirSync(results, { recursive: true });

const stages: Stage[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  {
    name: "formatting (prettier)",
    command: ["npx", "prettier", "--check", "--log-level=warn", "."],
  },
  {
    name: "unit + integration (vitest)",
    command: [
      "npx",
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${results}/vitest.json`,
    ],
    report: `${results}/vitest.json`,
  },
  {
    name: "end-to-end (playwright)",
    command: ["npx", "playwright", "test", "--reporter=list,json"],
    env: {
      PLAYWRIGHT_JSON_OUTPUT_FILE: `${results}/playwright.json`,
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/playwright.json`,
    },
    report: `${results}/playwright.json`,
  },
];

const suiteStarted = Date.now();
let passed = 0;
let failed = 0;
let skipped = 0;
const failedStages: string[] = [];

for (const stage of stages) {
  const started = Date.now();
  console.log(`\n▶ ${stage.name}`);
  // A stage that crashes before reporting must not be credited with an old report.
  if (stage.report) rmSync(stage.report, { force: true });
  const run = spawnSync(stage.command[0], stage.command.slice(1), {
    stdio: "inherit",
    env: {
      ...process.env,
      ...stage.env,
      NODE_ENV: "test",
      FORCE_COLOR: process.env.CI ? "0" : "1",
    },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) failedStages.push(stage.name);
  const counts = stage.report
    ? readCounts(stage.report)
    : { passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1, skipped: 0 };
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  // A stage that crashed before reporting still counts as a failure.
  if (run.status !== 0 && counts.failed === 0) failed += 1;
  console.log(`◀ ${stage.name}: ${run.status === 0 ? "ok" : "FAILED"} in ${seconds} s`);
}

if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join(", ")}`);
console.log(`All stages took ${((Date.now() - suiteStarted) / 1000).toFixed(0)} s`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failedStages.length ? 1 : 0);

function readCounts(file: string) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  if ("numPassedTests" in report) {
    // vitest (jest-compatible JSON)
    return {
      passed: report.numPassedTests as number,
      failed: report.numFailedTests as number,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  }
  // playwright JSON reporter
  const s = report.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
  };
}
