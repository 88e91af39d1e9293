// The campaign report in Chromium: a brand manager opens the tracked demo campaign
// (seeded through the production write path, so its rollups come from the triggers) and
// the KPI cards and every day of the charts show what the stored events add up to — the
// CSV export of the daily series and the report API, fetched in the same session.
import { expect, test } from "@playwright/test";
import { TRACKED_DEMO_CAMPAIGN } from "../lib/demo-data/seed-performance.ts";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("brand").storageState, locale: "en-US" });

const int = (s: string) => Number(s.replace(/[^0-9-]/g, ""));

test("the report's cards and charts show the seeded events", async ({ page }) => {
  await page.goto(`/dashboard/campaigns?q=${encodeURIComponent(TRACKED_DEMO_CAMPAIGN)}`);
  await page.getByRole("link", { name: TRACKED_DEMO_CAMPAIGN }).first().click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns\/[0-9a-f-]{36}/);
  const id = /campaigns\/([0-9a-f-]{36})/.exec(page.url())![1];
  await page.goto(`/dashboard/campaigns/${id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: TRACKED_DEMO_CAMPAIGN })).toBeVisible();

  const api = await (await page.request.get(`/api/v1/campaigns/${id}/report`)).json();
  const csv = await (
    await page.request.get(`/api/v1/campaigns/${id}/report/export?table=series&grain=day`)
  ).text();
  const [header, ...lines] = csv.trim().split("\r\n");
  const cols = header.split(",");
  const days = lines.map((l) => {
    const v = l.split(",");
    return Object.fromEntries(cols.map((c, i) => [c, i === 0 ? v[i] : Number(v[i])])) as Record<
      string,
      number
    > & { bucket: string };
  });
  const sum = (k: string) => days.reduce((s, d) => s + d[k], 0);
  expect(sum("clicks")).toBe(api.totals.clicks);
  expect(sum("orders")).toBe(api.totals.orders);
  expect(sum("views")).toBe(api.totals.views);
  expect(api.totals.clicks).toBeGreaterThan(100);

  const figures = page.locator('dl[aria-label="Campaign figures"]');
  const card = (label: string) =>
    figures
      .locator("div")
      .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) });
  expect(int(await card("Clicks").locator("dd").first().innerText())).toBe(api.totals.clicks);
  expect(int(await card("Views").locator("dd").first().innerText())).toBe(api.totals.views);
  expect(int(await card("Conversions").locator("dd").first().innerText())).toBe(api.totals.orders);
  expect(int(await card("Revenue").locator("dd").first().innerText())).toBe(api.totals.revenue);
  expect(int(await card("Cost").locator("dd").first().innerText())).toBe(api.totals.cost);

  // The chart's accessible table carries each day's numbers, as drawn.
  const chart = page.locator("figure", {
    has: page.locator("caption", { hasText: "Clicks and orders per day" }),
  });
  const rows = chart.locator("tbody tr");
  await expect(rows).toHaveCount(days.length);
  for (const [i, d] of days.entries()) {
    const cells = rows.nth(i).locator("td");
    expect(int(await cells.nth(0).innerText()), d.bucket).toBe(d.clicks);
    expect(int(await cells.nth(1).innerText()), d.bucket).toBe(d.orders);
  }
  const views = page.locator("figure", {
    has: page.locator("caption", { hasText: "Views per day" }),
  });
  const viewCells = views.locator("tbody tr td");
  for (const [i, d] of days.entries())
    expect(int(await viewCells.nth(i).innerText())).toBe(d.views);

  // the per-creator table and the forecast table list the four creators
  await expect(
    page.getByRole("table", { name: "Per creator", exact: true }).locator("tbody tr"),
  ).toHaveCount(4);
  await expect(
    page.getByRole("table", { name: "Forecast against actual", exact: true }).locator("tbody tr"),
  ).toHaveCount(4);
  // the last-hours chart loads from the series endpoint
  await page.getByRole("button", { name: "5 min" }).click();
  await expect(
    page.locator("figure", {
      has: page.locator("caption", { hasText: "Clicks and orders per bucket (5 min)" }),
    }),
  ).toBeVisible();
});

test("another brand's manager gets the 404 page for the report", async ({ browser }) => {
  const own = await browser.newContext({ storageState: role("brand").storageState });
  const p = await own.newPage();
  await p.goto(`/dashboard/campaigns?q=${encodeURIComponent(TRACKED_DEMO_CAMPAIGN)}`);
  await p.getByRole("link", { name: TRACKED_DEMO_CAMPAIGN }).first().click();
  await expect(p).toHaveURL(/\/dashboard\/campaigns\/[0-9a-f-]{36}/);
  const id = /campaigns\/([0-9a-f-]{36})/.exec(p.url())![1];
  await own.close();
  const other = await browser.newContext({ storageState: role("otherBrand").storageState });
  const q = await other.newPage();
  const res = await q.goto(`/dashboard/campaigns/${id}/report`);
  expect(res?.status()).toBe(404);
  expect((await q.request.get(`/api/v1/campaigns/${id}/report`)).status()).toBe(404);
  await other.close();
});
