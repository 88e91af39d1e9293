// The browser tests' Chromium runs without Playwright's disabled features *and* ours.
// Chromium keeps only the last --disable-features it is given, so ours repeats
// Playwright's list (e2e/helpers/chromium-features.ts); this fails when a Playwright
// upgrade changes that list, or when the config's flag stops being the one that counts.
// The command lines come from the browsers themselves (chrome://version).
import { expect, test, type Browser } from "@playwright/test";
import { OUR_DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from "./helpers/chromium-features";

/** The features a browser runs without: its last --disable-features, as Chromium reads it. */
async function disabledFeatures(browser: Browser): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto("chrome://version");
    const commandLine = await page.locator("#command_line").innerText();
    const flag = commandLine
      .split(/\s+/)
      .filter((a) => a.startsWith("--disable-features="))
      .at(-1);
    return flag ? flag.slice("--disable-features=".length).split(",") : [];
  } finally {
    await context.close();
  }
}

test("Playwright's own disabled features are the ones our flag repeats", async ({
  playwright,
  launchOptions,
}) => {
  const bare = await playwright.chromium.launch({
    executablePath: launchOptions.executablePath,
    args: ["--no-sandbox"],
  });
  try {
    expect((await disabledFeatures(bare)).sort()).toEqual([...PLAYWRIGHT_DISABLED_FEATURES].sort());
  } finally {
    await bare.close();
  }
});

test("the tests' browser runs without both lists", async ({ browser }) => {
  expect((await disabledFeatures(browser)).sort()).toEqual(
    [...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].sort(),
  );
});
