// The browser tests' Chromium runs without Playwright's disabled features *and* ours.
// Chromium keeps only the last --disable-features it is given, so ours repeats
// Playwright's list (e2e/helpers/chromium-features.ts); this fails when a Playwright
// upgrade changes that list, or when the config's flag stops being the one that counts.
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { OUR_DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from "./helpers/chromium-features";

test.skip(process.platform !== "linux", "reads the browser's command line from /proc");

/** Command lines of running Chromium browser processes (not renderers), by pid. */
function browserProcesses(): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue; // gone meanwhile
    }
    if (args.includes("--remote-debugging-pipe") && !args.some((a) => a.startsWith("--type=")))
      out.set(Number(entry), args);
  }
  return out;
}

/** The features a command line disables: its last --disable-features, as Chromium reads it. */
function disabledFeatures(args: string[]): string[] {
  const flag = args.filter((a) => a.startsWith("--disable-features=")).at(-1);
  return flag ? flag.slice("--disable-features=".length).split(",") : [];
}

test("Playwright's own disabled features are the ones our flag repeats", async ({
  playwright,
  launchOptions,
}) => {
  const before = new Set(browserProcesses().keys());
  const bare = await playwright.chromium.launch({
    executablePath: launchOptions.executablePath,
    args: ["--no-sandbox"],
  });
  try {
    const started = [...browserProcesses()].filter(([pid]) => !before.has(pid));
    expect(started).toHaveLength(1);
    expect(disabledFeatures(started[0]![1]).sort()).toEqual(
      [...PLAYWRIGHT_DISABLED_FEATURES].sort(),
    );
  } finally {
    await bare.close();
  }
});

test("the tests' browser runs without both lists", async ({ page }) => {
  await page.goto("about:blank"); // the fixture's browser is up
  const lists = [...browserProcesses().values()].map(disabledFeatures);
  const ours = lists.filter((l) => OUR_DISABLED_FEATURES.every((f) => l.includes(f)));
  expect(ours.length).toBeGreaterThan(0);
  for (const list of ours)
    expect(list).toEqual(expect.arrayContaining(PLAYWRIGHT_DISABLED_FEATURES));
});
