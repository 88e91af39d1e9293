// A brand manager pauses and resumes a campaign from the dashboard: a server action
// that re-checks role, ownership and the status machine on the server.
import { expect, test } from "@playwright/test";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("brand").storageState });

test("a brand manager pauses and resumes an active campaign", async ({ page }) => {
  await page.goto("/dashboard");
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
