// Each role sees its own page and is refused the others' with the 403 page.
import { expect, test } from "@playwright/test";
import { ROLE_PAGES, ROLES } from "./helpers/roles.ts";

for (const r of ROLES) {
  test.describe(`${r.key} (${r.email})`, () => {
    test.use({ storageState: r.storageState });

    test(`lands on ${r.home}`, async ({ page }) => {
      const response = await page.goto("/signin");
      expect(response?.ok()).toBe(true);
      // Signed in already: /signin forwards to the role's home.
      await expect(page).toHaveURL(r.home);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.heading);
    });

    for (const other of ROLE_PAGES.filter((p) => p !== r.home)) {
      test(`is refused ${other}`, async ({ page }) => {
        const response = await page.goto(other);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
        await expect(page.getByText(`You are signed in as ${r.email}`)).toBeVisible();
        await page.getByRole("link", { name: "Go to your home page" }).click();
        await expect(page).toHaveURL(r.home);
      });
    }
  });
}

test.describe("creator onboarding page", () => {
  test.use({ storageState: ROLES.find((r) => r.key === "brand")!.storageState });

  test("is refused to a brand manager", async ({ page }) => {
    const response = await page.goto("/onboarding");
    expect(response?.status()).toBe(403);
  });
});
