// Until React has hydrated a page, its buttons have no handlers and its forms no
// onSubmit: a click did nothing, and Enter in a field reloaded the page with the form in
// the address. The guard (components/ui/hydration-guard.tsx) holds both until the page
// has hydrated, and leaves forms that submit natively alone. Here the page's scripts
// are held back for a while, as on a slow phone, and the browser acts at once.
import { expect, test, type Page } from "@playwright/test";
import { role } from "./helpers/roles.ts";

const HOLD_MS = 2_000;

async function holdScripts(page: Page): Promise<void> {
  // scripts only: a stylesheet held back keeps the page from showing at all
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    await route.continue();
  });
}

test("a click before hydration waits for it instead of being lost", async ({ page }) => {
  await holdScripts(page);
  await page.goto("/signin", { waitUntil: "domcontentloaded" });
  await expect(page.locator("html")).toHaveAttribute("data-hydrating", "");
  // a plain onClick: before the guard, this click landed on a dead button
  await page.getByRole("button", { name: "Sign in with Google" }).click();
  await expect(page.getByRole("heading", { name: "Choose an account" })).toBeVisible();
});

test.describe("as a brand", () => {
  test.use({ storageState: role("brand").storageState });

  test("Enter in a form before hydration submits nothing and keeps what was typed", async ({
    page,
  }) => {
    await holdScripts(page);
    await page.goto("/dashboard/api-tokens", { waitUntil: "domcontentloaded" });
    await expect(page.locator("html")).toHaveAttribute("data-hydrating", "");
    const name = page.getByLabel("Name");
    await name.fill("typed before the scripts came");
    await name.press("Enter");
    // hydrated: the guard is lifted, and the page never left
    await expect(page.locator("html")).not.toHaveAttribute("data-hydrating");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/dashboard/api-tokens");
    await expect(name).toHaveValue("typed before the scripts came");
  });

  test("a form that submits natively works before hydration too", async ({ page }) => {
    await holdScripts(page);
    await page.goto("/dashboard/campaigns", { waitUntil: "domcontentloaded" });
    await expect(page.locator("html")).toHaveAttribute("data-hydrating", "");
    const search = page.getByRole("searchbox");
    await search.fill("spring");
    await search.press("Enter");
    await expect(page).toHaveURL("/dashboard/campaigns?q=spring");
  });
});
