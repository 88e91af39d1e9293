// An admin imports an Avazu log from the upload page (progress, then the accounting),
// then reads its click-through rates on the dashboard, filters them, and the figures
// match an independent count of the file.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { generatedText, independentCount } from "../lib/adstats/generator/test-helpers.ts";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("admin").storageState });

// its own days, so a retry or another run on the same database changes nothing
const text = generatedText({
  rows: 4_000,
  seed: 77,
  start: "2036-06-01",
  days: 2,
  malformed: 0.01,
});
const truth = independentCount(text);
const fmt = (n: number) => n.toLocaleString("en-US");

test("an admin imports a log and explores its CTR", async ({ page }, testInfo) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "e2e-avazu-")), "june.csv");
  writeFileSync(file, text);

  await page.goto("/admin/ad-stats/upload");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import an ad log");
  await page.getByLabel("Avazu log (.csv or .csv.gz)").setInputFiles(file);
  await page.getByRole("button", { name: "Import" }).click();
  const dl = page.locator('dl[aria-label="Import result"]');
  await expect(dl).toBeVisible({ timeout: 30_000 });
  await expect(dl).toContainText(`Rows read${fmt(4_000)}`);
  await expect(dl).toContainText(`Stored${fmt(truth.valid)}`);
  await expect(dl).toContainText(`Dead-lettered${fmt(truth.invalidLines.length)}`);
  await expect(page.getByRole("progressbar", { name: "Uploaded" })).toHaveAttribute(
    "value",
    String(Buffer.byteLength(text)),
  );
  await page.screenshot({ path: testInfo.outputPath("upload.png"), fullPage: true });

  await page.goto("/admin/ad-stats?from=2036-06-01&to=2036-06-02");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ad stats");
  await expect(page.locator('dl[aria-label="Totals under the filters"]')).toContainText(
    `Impressions${fmt(truth.valid)}`,
  );
  await expect(page.locator('dl[aria-label="Totals under the filters"]')).toContainText(
    `Clicks${fmt(truth.clicks)}`,
  );
  await expect(page.getByRole("figure", { name: "CTR by hour" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Top sites" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("dashboard.png"), fullPage: true });

  // filter by device type 1 through the form
  await page.getByRole("combobox", { name: "Device type", exact: true }).selectOption("1");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/deviceType=1/);
  const type1 = truth.by(14).get("1")!;
  await expect(page.locator('dl[aria-label="Totals under the filters"]')).toContainText(
    `Impressions${fmt(type1.impressions)}`,
  );

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("dashboard-phone.png"), fullPage: true });
});
