// Signing out ends the session: the user menu's "Sign out" returns to /signin and
// protected pages send the browser back there.
import { expect, test } from "@playwright/test";
import { role } from "./helpers/roles.ts";
import { signInWithStandIn } from "./helpers/sign-in.ts";

test("a brand manager signs out from the user menu", async ({ page, context }) => {
  const brand = role("otherBrand");
  await signInWithStandIn(page, { email: brand.email }, { startAt: "/signin" });
  await expect(page).toHaveURL(brand.home);

  await page.getByLabel(/^Account menu for/).click();
  await expect(page.getByRole("banner").getByText(brand.email)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  expect((await context.cookies()).some((c) => c.name.endsWith("next-auth.session-token"))).toBe(
    false,
  );

  await page.goto(brand.home);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(brand.home)}`);
});

test("after signing out, the account chooser lets another person sign in", async ({ page }) => {
  const creator = role("creator");
  const admin = role("admin");
  await signInWithStandIn(page, { email: creator.email }, { startAt: "/signin" });
  await expect(page).toHaveURL(creator.home);
  await page.getByLabel(/^Account menu for/).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);

  await signInWithStandIn(page, { email: admin.email });
  await expect(page).toHaveURL(admin.home);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(admin.heading);
});
