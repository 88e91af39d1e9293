// Browser tests in Chromium against the real stack (scripts/e2e-server.ts): a fresh
// embedded Postgres with demo data, the local Google stand-in and a production build.
// The setup project signs in once per role through the real redirect flow and saves
// the session in e2e/.auth/<role>.json for the specs.
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { DISABLE_FEATURES_ARG } from "./e2e/helpers/chromium-features";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// The local SMTP catcher's page (e2e/helpers/mail.ts reads the e-mails there).
const SMTP_WEB_PORT = Number(process.env.E2E_SMTP_WEB_PORT ?? PORT + 10);
process.env.E2E_SMTP_WEB_PORT = String(SMTP_WEB_PORT);

// Debian's chromium where it exists (no browser download here); elsewhere Playwright's own.
const executablePath = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].find((p): p is string => Boolean(p && existsSync(p)));

// Videos need Playwright's own ffmpeg, which comes with `npx playwright install` and
// cannot be downloaded here: record them only where it exists.
function playwrightFfmpegInstalled(): boolean {
  const cache =
    process.env.PLAYWRIGHT_BROWSERS_PATH ||
    (process.platform === "darwin"
      ? path.join(os.homedir(), "Library", "Caches", "ms-playwright")
      : process.platform === "win32"
        ? path.join(process.env.LOCALAPPDATA ?? os.homedir(), "ms-playwright")
        : path.join(os.homedir(), ".cache", "ms-playwright"));
  try {
    return readdirSync(cache).some((entry) => entry.startsWith("ffmpeg"));
  } catch {
    return false;
  }
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  // One worker in CI: two took as long on a 2-core machine (each test ran ~1.5x slower
  // beside another; CI 461 s against 460 s) and once left an e-mail late past its
  // 30 s wait. Locally two, which a faster machine can use.
  workers: process.env.CI ? 1 : 2,
  // No retries: a flaky test is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    browserName: "chromium",
    // DOM snapshots of every action, without the screencast of trace screenshots: on
    // this 2-core machine the browser is most of the suite's CPU.
    trace: { mode: "retain-on-failure", screenshots: false },
    video: playwrightFfmpegInstalled() ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        // Playwright's own list and ours, in one flag (e2e/helpers/chromium-features.ts).
        DISABLE_FEATURES_ARG,
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "chromium",
      testMatch: /\.spec\.ts$/,
      testIgnore: /api\.spec\.ts$/,
      dependencies: ["setup"],
    },
    { name: "api", testMatch: /api\.spec\.ts$/, dependencies: ["setup"] },
  ],
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health/ready`,
    // Request logs would bury the test report; warnings and errors still show.
    env: {
      E2E_PORT: String(PORT),
      E2E_SMTP_WEB_PORT: String(SMTP_WEB_PORT),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // Two workers sign in as the same demo brand manager, and every view of a ranking
      // or a breakdown spends that user's ranking budget (60 a minute by default): a
      // budget the suite cannot run into. The limit itself is tested in the API tests.
      RANKING_RATE_LIMIT_PER_MINUTE: process.env.RANKING_RATE_LIMIT_PER_MINUTE ?? "600",
    },
    // A cold run builds the app and seeds 5,000 creators first.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
