// A brand manager pauses and resumes a campaign from the dashboard: a server action
// that re-checks role, ownership and the status machine on the server.
import { expect, test } from "@playwright/test";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("brand").storageState });

test("a brand manager pauses and resumes an active campaign", async ({ page }) => {
  await page.goto("/dashboard");
  const row = page.getByRole("row").filter({ hasText: "Rice Water Toner Pad seeding" });
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  await row.getByRole("button", { name: "Pause Rice Water Toner Pad seeding" }).click();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();
  // The change is stored, not just shown.
  await page.reload();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();

  await row.getByRole("button", { name: "Resume Rice Water Toner Pad seeding" }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
});
