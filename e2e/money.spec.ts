// Escrow and settlement in the browser, for all three roles: the brand tops up its
// escrow, the creator accepts a proposal (the fee is put aside), the brand completes
// the match, an admin approves and pays the settlement, and the creator follows it on
// the payments timeline. Screenshots of each money page at 1280 and 390 px.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { completeWithResults } from "./helpers/complete-match.ts";
import { role } from "./helpers/roles.ts";

test.setTimeout(120_000);

const stamp = String(Date.now());

async function as(browser: Browser, key: "brand" | "admin" | "creator"): Promise<Page> {
  const ctx = await browser.newContext({ storageState: role(key).storageState });
  return ctx.newPage();
}

/** POST as the page's signed-in user (same origin, JSON). */
async function postJson<T>(page: Page, url: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ([u, b]) =>
      (
        await fetch(u as string, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(b),
        })
      ).json(),
    [url, body] as const,
  ) as Promise<T>;
}

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath(`${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("brand tops up → creator accepts (fee put aside) → completed → admin approves and pays → creator's timeline", async ({
  browser,
}) => {
  const brand = await as(browser, "brand");
  await brand.goto("/dashboard/billing");
  await expect(brand.getByRole("heading", { level: 1 })).toHaveText("Billing");
  const available = brand.getByRole("definition").first();
  const before = Number((await available.innerText()).replace(/[^\d]/g, ""));
  await brand.getByLabel("Amount (₩)").fill("2500000");
  await brand.getByRole("button", { name: "Top up ₩2,500,000" }).click();
  await expect(brand.getByRole("status")).toContainText("Deposited");
  await expect(available).toHaveText(`₩${(before + 2_500_000).toLocaleString("en-US")}`);

  // a campaign and a proposal to the demo creator, over the JSON API
  const title = `E2E 정산 ${stamp}`;
  await brand.goto("/dashboard");
  const { campaign } = await postJson<{ campaign: { id: string } }>(brand, "/api/v1/campaigns", {
    title,
    category: "beauty",
    budget: 5_000_000,
    currency: "KRW",
    type: "PRODUCT_REVIEW",
    platforms: ["YOUTUBE"],
    targetAudience: { ageRanges: ["18-24"], genders: ["female"], countries: ["KR"] },
  });
  const creator = await as(browser, "creator");
  const inbox = await creator.request.get("/api/v1/matches?limit=1");
  const creatorId = (await inbox.json()).matches[0].creator.id as string;
  const { match } = await postJson<{ match: { id: string } }>(brand, "/api/v1/matches", {
    campaignId: campaign.id,
    creatorId,
    offer: { amount: 1_200_000, deliverables: "One dedicated video" },
  });

  // the creator accepts: the fee is put aside in the brand's escrow
  await creator.goto(`/matches/${match.id}`);
  await creator.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(creator.getByRole("list", { name: "History" })).toContainText("agreed");
  await creator.goto("/creator/payments");
  await expect(creator.getByText(title)).toBeVisible();
  // this match's line (other specs may hold the same fee for the demo creator meanwhile)
  await expect(
    creator
      .getByRole("listitem")
      .filter({ hasText: title })
      .getByText(/₩1,200,000 since/),
  ).toBeVisible();
  await brand.goto("/dashboard/billing");
  await expect(brand.getByText(`Put aside for ${title}`)).toBeVisible();

  // the brand completes the match with the actual results
  await brand.goto(`/matches/${match.id}`);
  await completeWithResults(brand, { views: 30_000, clicks: 900, sales: 20, revenue: 1_500_000 });
  await expect(brand.getByRole("heading", { name: "Actual results" })).toBeVisible();
  await brand.goto("/dashboard/billing");
  await screenshots(brand, "billing");
  // another brand's billing (or orders) by ?brand= is not found; the own brand's is the page
  const foreign = "00000000-0000-4000-8000-000000000000";
  expect((await brand.goto(`/dashboard/billing?brand=${foreign}`))?.status()).toBe(404);
  expect((await brand.goto(`/dashboard/conversions?brand=${foreign}`))?.status()).toBe(404);

  // an admin approves, then pays (₩1,200,000 gross, 10 % platform fee, ₩1,080,000 payout)
  const admin = await as(browser, "admin");
  await admin.goto("/admin/settlements");
  const row = admin.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("₩1,080,000");
  await row.getByRole("button", { name: "Approve" }).click();
  await expect(row.getByRole("button", { name: "Mark paid" })).toBeVisible();
  await row.getByRole("button", { name: "Mark paid" }).click();
  await expect(admin.getByRole("row").filter({ hasText: title })).toContainText("paid");
  await screenshots(admin, "admin-settlements");

  // the creator's timeline: put aside, completed, approved, paid
  await creator.goto("/creator/payments");
  const timeline = creator.getByRole("list", { name: `Payment timeline: ${title}` });
  await expect(timeline.getByRole("listitem")).toHaveCount(4);
  await expect(timeline).toContainText("Fee put aside by 글로우랩");
  await expect(timeline).toContainText("Approved by the platform");
  await expect(timeline).toContainText("Paid out to you: ₩1,080,000");
  await screenshots(creator, "creator-payments");
});
