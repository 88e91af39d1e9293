// `npm test`: every test the project has, in order of cost — type check and formatting (side
// by side: each keeps one core busy), unit and integration tests (vitest, real Postgres),
// then browser tests (Playwright, Chromium). Ends with one summary line "N passed, N failed"
// for CI, and a non-zero exit code if any stage failed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Stage = { name: string; command: string[]; env?: Record<string, string>; report?: string };

const results = "test-results";
mkdirSync(results, { recursive: true });

// The stages of one step run at once; the steps run in order.
const steps: Stage[][] = [
  [
    { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
    {
      name: "formatting (prettier)",
      command: ["npx", "prettier", "--check", "--log-level=warn", "."],
    },
  ],
  [
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
  ],
  [
    {
      name: "end-to-end (playwright)",
      command: ["npx", "playwright", "test", "--reporter=list,json"],
      env: {
        PLAYWRIGHT_JSON_OUTPUT_FILE: `${results}/playwright.json`,
        PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/playwright.json`,
      },
      report: `${results}/playwright.json`,
    },
  ],
];

const suiteStarted = Date.now();
let passed = 0;
let failed = 0;
let skipped = 0;
const failedStages: string[] = [];

for (const step of steps) {
  // A stage alone streams its output; stages side by side print theirs when they end,
  // so that two reports do not interleave.
  const alone = step.length === 1;
  await Promise.all(step.map((stage) => runStage(stage, alone)));
}

if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join(", ")}`);
console.log(`All stages took ${((Date.now() - suiteStarted) / 1000).toFixed(0)} s`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failedStages.length ? 1 : 0);

async function runStage(stage: Stage, streamOutput: boolean): Promise<void> {
  const started = Date.now();
  console.log(`\n▶ ${stage.name}`);
  // A stage that crashes before reporting must not be credited with an old report.
  if (stage.report) rmSync(stage.report, { force: true });
  const child = spawn(stage.command[0], stage.command.slice(1), {
    stdio: streamOutput ? "inherit" : ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...stage.env,
      NODE_ENV: "test",
      FORCE_COLOR: process.env.CI ? "0" : "1",
    },
  });
  const output: Buffer[] = [];
  child.stdout?.on("data", (d: Buffer) => output.push(d));
  child.stderr?.on("data", (d: Buffer) => output.push(d));
  const status = await new Promise<number>((resolve) => {
    child.once("error", (error) => {
      output.push(Buffer.from(`${stage.name} could not start: ${error.message}\n`));
      resolve(1);
    });
    child.once("close", (code) => resolve(code ?? 1));
  });
  if (output.length) process.stdout.write(Buffer.concat(output));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) failedStages.push(stage.name);
  const counts = stage.report
    ? readCounts(stage.report)
    : { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 };
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  // A stage that crashed before reporting still counts as a failure.
  if (status !== 0 && counts.failed === 0) failed += 1;
  console.log(`◀ ${stage.name}: ${status === 0 ? "ok" : "FAILED"} in ${seconds} s`);
}

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
