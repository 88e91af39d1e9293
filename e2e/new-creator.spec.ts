// A Google account the platform has never seen signs up as a creator and lands on
// onboarding, with its own name, e-mail and the first step to do.
import { expect, test } from "@playwright/test";
import { signInWithStandIn } from "./helpers/sign-in.ts";

test("an unknown Google account becomes a creator and lands on onboarding", async ({
  page,
}, testInfo) => {
  const email = `new.creator.${testInfo.retry}.${Date.now()}@example.com`;
  await signInWithStandIn(page, { email, typed: true, name: "Yuna Choi" }, { startAt: "/signin" });

  await expect(page).toHaveURL("/onboarding");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Yuna Choi");
  await expect(page.getByRole("main").getByText(email)).toBeVisible();
  const steps = page.getByRole("list", { name: "Onboarding steps" }).getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toHaveAttribute("aria-current", "step");
  await expect(steps.nth(0)).toContainText("Connect your YouTube channel");
  await expect(steps.nth(1)).toContainText("Complete your profile");

  // A creator now: brand and admin pages are refused.
  expect((await page.goto("/dashboard"))?.status()).toBe(403);
  expect((await page.goto("/admin"))?.status()).toBe(403);

  // Signing in again still lands on onboarding until it is finished.
  await page.goto("/signin");
  await expect(page).toHaveURL("/onboarding");
});
