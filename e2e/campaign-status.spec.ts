// A brand manager finds a campaign by its title and pauses and resumes it: a server action
// that re-checks role, ownership and the status machine on the server.
import { expect, test } from "@playwright/test";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("brand").storageState });

test("a brand manager pauses and resumes an active campaign", async ({ page }) => {
  await page.goto("/dashboard/campaigns");
  await page.getByRole("searchbox", { name: "Search campaigns by title" }).fill("토너패드");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=%ED%86%A0%EB%84%88%ED%8C%A8%EB%93%9C/);
  const row = page.getByRole("row").filter({ hasText: "쌀뜨물 토너패드 시딩" });
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  await row.getByRole("button", { name: "Pause 쌀뜨물 토너패드 시딩" }).click();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();
  // The change is stored, not just shown.
  await page.reload();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();

  await row.getByRole("button", { name: "Resume 쌀뜨물 토너패드 시딩" }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
});
