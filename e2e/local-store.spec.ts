// A local store's visit campaign: the creators list starts ordered by forecast value
// per won, which counts reach near the store, so the first rows are creators based
// around it; the brand can still switch to the fit score, and the URL says which.
import { expect, test, type Page } from "@playwright/test";
import { CREATE_CAMPAIGN_EXAMPLE } from "../lib/campaigns/examples.ts";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("otherBrand").storageState });

/** A food visit campaign of the signed-in store, targeting 부산 해운대구; its id. */
async function createVisitCampaign(page: Page, title: string, budget: number): Promise<string> {
  const created = await page.request.post("/api/v1/campaigns", {
    data: {
      ...CREATE_CAMPAIGN_EXAMPLE,
      title: `${title} ${Date.now()}`,
      productName: "돼지국밥 세트",
      category: "food",
      type: "STORE_VISIT",
      budget,
      targetAudience: { ageRanges: [], genders: [], countries: ["KR"], regions: ["부산 해운대구"] },
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { campaign: { id: string } }).campaign.id;
}

test("a store visit lists the creators near the store first, by value per won", async ({
  page,
}) => {
  const id = await createVisitCampaign(page, "해운대 방문 체험", 3_000_000);

  type Ranked = { results: { creator: { name: string; region: string | null } }[] };
  const ranked = async (sort: string) => {
    const res = await page.request.get(`/api/v1/campaigns/${id}/creators?limit=5&sort=${sort}`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as Ranked).results.map((r) => r.creator);
  };
  const byValue = await ranked("value");
  const byFit = await ranked("score");
  // by value, the first five are based in Busan (its districts, or Busan unspecified);
  // by fit, not all of them, or the default would change nothing
  expect(byValue.map((c) => c.region)).toEqual(Array(5).fill("Busan"));
  expect(byFit.map((c) => c.name)).not.toEqual(byValue.map((c) => c.name));

  await page.goto(`/dashboard/campaigns/${id}`);
  const sort = page.getByLabel("Sort by");
  await expect(sort).toHaveValue("value");
  const rows = page.getByRole("list", { name: "Ranked creators" }).getByRole("listitem");
  await expect(rows.first()).toContainText("views / 1M");
  for (const [i, c] of byValue.entries()) await expect(rows.nth(i)).toContainText(c.name);

  // by fit, on request: the URL keeps the choice, which this campaign does not default to
  await sort.selectOption("score");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=score/);
  for (const [i, c] of byFit.entries()) await expect(rows.nth(i)).toContainText(c.name);
  await expect(rows.first()).not.toContainText("views / 1M");

  // only creators based within 10 km of 해운대구: district centres (KMA's list) within
  // 10 km of its centre, the district itself included
  const near = await page.request.get(
    `/api/v1/campaigns/${id}/creators?limit=5&sort=score&withinKm=10`,
  );
  expect(near.status()).toBe(200);
  const nearBody = (await near.json()) as {
    total: number;
    results: { creator: { name: string; district: string | null } }[];
  };
  for (const { creator } of nearBody.results)
    expect(["해운대구", "수영구", "동래구", "연제구", "남구"].map((d) => `Busan:${d}`)).toContain(
      creator.district,
    );
  // more than 해운대구's own creators: the neighbours count
  const own = await page.request.get(`/api/v1/campaigns/${id}/creators?limit=1&regions=해운대구`);
  const ownTotal = ((await own.json()) as { total: number }).total;
  expect(ownTotal).toBeGreaterThan(0);
  expect(nearBody.total).toBeGreaterThan(ownTotal);
  await page.getByLabel("Distance from the targeted district").selectOption("10");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/withinKm=10/);
  for (const [i, { creator }] of nearBody.results.entries())
    await expect(rows.nth(i)).toContainText(creator.name);
});

test("by value, a fee above the budget says so instead of 0 views, and an estimated fee is marked", async ({
  page,
}) => {
  // a budget that nano creators' fees fit and bigger creators' exceed
  const id = await createVisitCampaign(page, "작은 예산 방문", 150_000);
  type Row = {
    creator: { name: string; channelTitle: string | null };
    value: { withinBudget: boolean; costEstimated: boolean };
  };
  const ranked = async (query: string) => {
    const res = await page.request.get(`/api/v1/campaigns/${id}/creators?sort=value${query}`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { results: Row[] }).results;
  };
  const rows = page.getByRole("list", { name: "Ranked creators" }).getByRole("listitem");

  // Each row's value cell says what the API says of that creator: within the budget,
  // target views per 1M (with "≈" when the fee is estimated); above it, why no figure.
  const seen: Row["value"][] = [];
  const checkPage = async (query: string) => {
    const results = await ranked(`&limit=20${query}`);
    expect(results.length).toBeGreaterThan(0);
    await page.goto(`/dashboard/campaigns/${id}?sort=value${query}`);
    await expect(rows).toHaveCount(results.length);
    for (const [i, r] of results.entries()) {
      const row = rows.nth(i);
      await expect(row).toContainText(r.creator.name);
      if (!r.value.withinBudget) {
        await expect(row).toContainText(
          r.value.costEstimated ? "Likely over budget" : "Fee over budget",
        );
        await expect(row).not.toContainText("views / 1M");
      } else {
        await expect(row).toContainText("views / 1M");
        if (r.value.costEstimated) await expect(row).toContainText("≈");
        else await expect(row).not.toContainText("≈");
      }
      seen.push(r.value);
    }
  };
  await checkPage("");
  await checkPage("&tiers=macro,mega");
  // A creator without a rate card (the fee is the tier's estimate), within the budget
  // and above it: found among the first hundred, shown by a search for their channel.
  for (const [tiers, withinBudget] of [
    ["nano,micro", true],
    ["macro,mega", false],
  ] as const) {
    const estimated = (await ranked(`&limit=100&tiers=${tiers}`)).find(
      (r) =>
        r.value.costEstimated && r.value.withinBudget === withinBudget && r.creator.channelTitle,
    );
    expect(estimated, `an estimated fee among ${tiers}`).toBeDefined();
    await checkPage(`&q=${encodeURIComponent(estimated!.creator.channelTitle!)}`);
  }
  // every kind was on the pages, or the test proved part of it
  for (const withinBudget of [true, false])
    for (const costEstimated of [true, false])
      expect(
        seen.some((v) => v.withinBudget === withinBudget && v.costEstimated === costEstimated),
        JSON.stringify({ withinBudget, costEstimated }),
      ).toBe(true);
});
