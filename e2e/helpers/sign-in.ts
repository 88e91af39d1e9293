// Signs in the way a person does: our sign-in page -> the Google stand-in's account
// chooser -> back through next-auth's callback.
import { expect, type Page } from "@playwright/test";

/** Starts at /signin (or wherever the page already is) and picks a demo account or types an e-mail. */
export async function signInWithStandIn(
  page: Page,
  account: { email: string; typed?: boolean; name?: string },
  options: { startAt?: string } = {},
): Promise<void> {
  if (options.startAt !== undefined) await page.goto(options.startAt);
  await expect(page).toHaveURL(/\/signin(\?|$)/);
  const appOrigin = new URL(page.url()).origin;
  await page.getByRole("button", { name: "Sign in with Google" }).click();

  // The stand-in runs on its own port: a real cross-origin redirect, as to Google.
  await expect(page.getByRole("heading", { name: "Choose an account" })).toBeVisible();
  expect(new URL(page.url()).origin).not.toBe(appOrigin);
  expect(new URL(page.url()).pathname).toMatch(/^\/interaction\//);
  if (account.typed) {
    await page.getByLabel("E-mail").fill(account.email);
    if (account.name) await page.getByLabel("Name (optional)").fill(account.name);
    await page.getByRole("button", { name: "Continue" }).click();
  } else {
    await page.getByRole("button", { name: account.email, exact: true }).click();
  }
  // Back on the app, past next-auth's callback and /signin/continue.
  await page.waitForURL(
    (url) =>
      url.origin === appOrigin &&
      !url.pathname.startsWith("/signin") &&
      !url.pathname.startsWith("/api/auth"),
  );
}
