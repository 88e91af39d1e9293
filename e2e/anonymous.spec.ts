// Anonymous visitors are sent to sign-in and come back to where they were going.
import { expect, test } from "@playwright/test";
import { ROLE_PAGES, role } from "./helpers/roles.ts";
import { signInWithStandIn } from "./helpers/sign-in.ts";

for (const path of [...ROLE_PAGES, "/onboarding"]) {
  test(`anonymous visit to ${path} redirects to sign-in`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Creator Match");
  });
}

test("signing in from a redirect returns to the page asked for", async ({ page }) => {
  const admin = role("admin");
  await page.goto(admin.home);
  await signInWithStandIn(page, { email: admin.email });
  await expect(page).toHaveURL(admin.home);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(admin.heading);
});

test("the sign-in page shows next-auth's errors in words", async ({ page }) => {
  await page.goto("/signin?error=AccessDenied");
  // Scoped to the page body: Next's route announcer is an alert region too.
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Google has not verified its e-mail address",
  );
});
