// A local store's visit campaign: the creators list starts ordered by forecast value
// per won, which counts reach near the store, so the first rows are creators based
// around it; the brand can still switch to the fit score, and the URL says which.
import { expect, test } from "@playwright/test";
import { CREATE_CAMPAIGN_EXAMPLE } from "../lib/campaigns/examples.ts";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("otherBrand").storageState });

test("a store visit lists the creators near the store first, by value per won", async ({
  page,
}) => {
  const created = await page.request.post("/api/v1/campaigns", {
    data: {
      ...CREATE_CAMPAIGN_EXAMPLE,
      title: `해운대 방문 체험 ${Date.now()}`,
      productName: "돼지국밥 세트",
      category: "food",
      type: "STORE_VISIT",
      budget: 3_000_000,
      targetAudience: { ageRanges: [], genders: [], countries: ["KR"], regions: ["부산 해운대구"] },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { campaign: { id: string } }).campaign;

  await page.goto(`/dashboard/campaigns/${id}`);
  const sort = page.getByLabel("Sort by");
  await expect(sort).toHaveValue("value");
  const rows = page.getByRole("list", { name: "Ranked creators" }).getByRole("listitem");
  await expect(rows.first()).toContainText("views / 1M");
  // the first five are based in Busan (its districts, or Busan with no district given)
  await expect(rows).toHaveCount(20);
  for (const text of (await rows.allInnerTexts()).slice(0, 5)) expect(text).toMatch(/Busan/);

  // by fit, on request: the URL keeps the choice, which this campaign does not default to
  await sort.selectOption("score");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=score/);
  await expect(rows.first()).not.toContainText("views / 1M");
});
