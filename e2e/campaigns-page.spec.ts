// The dashboard shows a brand's newest campaigns and links to the campaigns page, which
// pages through all of them (signed cursors in the URL) a status at a time.
import { expect, test, type Page } from "@playwright/test";
import { CREATE_CAMPAIGN_EXAMPLE } from "../lib/campaigns/examples.ts";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("brand").storageState });

const bodyRows = (page: Page) =>
  page.getByRole("table", { name: "Campaigns, newest first" }).locator("tbody tr");

/** Enough campaigns for a second page (the demo brand has fewer in the test seed),
 *  titled in Korean: korean.spec.ts checks the dashboard, which lists the newest. */
async function atLeast(page: Page, count: number): Promise<void> {
  const res = await page.request.get("/api/v1/campaigns?limit=100");
  expect(res.status()).toBe(200);
  const have = ((await res.json()) as { campaigns: unknown[] }).campaigns.length;
  for (let i = have; i < count; i++) {
    const created = await page.request.post("/api/v1/campaigns", {
      data: { ...CREATE_CAMPAIGN_EXAMPLE, title: `페이지 확인 ${Date.now()}-${i}` },
    });
    expect(created.status()).toBe(201);
  }
}

test("from the dashboard's newest campaigns to every campaign, page by page", async ({ page }) => {
  await atLeast(page, 30);
  await page.goto("/dashboard");
  expect(await bodyRows(page).count()).toBeLessThanOrEqual(10);
  const all = page.getByRole("link", { name: /^All \d+ campaigns/ });
  const total = Number(/All (\d+)/.exec((await all.textContent()) ?? "")![1]);
  expect(total).toBeGreaterThan(25);
  await all.click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);
  await expect(page.getByText(`${total} campaigns`, { exact: true })).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(25);
  const firstPage = await bodyRows(page).locator("td:first-child").allTextContents();

  await page.getByRole("link", { name: "Older campaigns →" }).click();
  await expect(page).toHaveURL(/cursor=/);
  const secondPage = await bodyRows(page).locator("td:first-child").allTextContents();
  expect(secondPage.length).toBe(Math.min(25, total - 25));
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  await page.getByRole("link", { name: "First page" }).click();
  await expect(page).toHaveURL(/\/dashboard\/campaigns$/);
});

test("a status tab lists only that status; a tampered page link starts over", async ({ page }) => {
  await atLeast(page, 30);
  await page.goto("/dashboard/campaigns");
  await page.getByRole("link", { name: "Draft", exact: true }).click();
  await expect(page).toHaveURL(/status=DRAFT/);
  await expect(page.getByRole("link", { name: "Draft", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const statuses = await bodyRows(page)
    .getByText(/^(Draft|Active|Paused|Completed)$/)
    .allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(["Draft"]));

  // a NUL or any other control character in the search is dropped, not sent to Postgres
  const none = await page.goto("/dashboard/campaigns?q=%00no-such-campaign%1F");
  expect(none?.status()).toBe(200);
  await expect(page.getByRole("searchbox")).toHaveValue("no-such-campaign");
  await expect(page.getByText("No campaign fits this view")).toBeVisible();

  const res = await page.goto("/dashboard/campaigns?cursor=forged.cursor");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("no longer fits this list");
  await expect(bodyRows(page)).toHaveCount(25);
});
