// Signing out ends the session: the user menu's "Sign out" returns to /signin, protected
// pages send the browser back there, and a copy of the old cookie is worthless (the
// session row is revoked, not only the cookie deleted). "Sign out everywhere" ends the
// account's sessions in every browser.
import { expect, request, test, type Cookie, type Page } from "@playwright/test";
import { role } from "./helpers/roles.ts";
import { signInWithStandIn } from "./helpers/sign-in.ts";

const isSessionCookie = (c: { name: string }) => c.name.endsWith("next-auth.session-token");

async function openAccountMenu(page: Page) {
  await page.getByLabel(/^Account menu for/).click();
}

/** An API client carrying exactly these cookies, as a script that copied them would. */
function apiWith(baseURL: string, cookies: Cookie[]) {
  return request.newContext({ baseURL, storageState: { cookies, origins: [] } });
}

test("a brand manager signs out from the user menu, and the old cookie stops working", async ({
  page,
  context,
  baseURL,
}) => {
  const brand = role("otherBrand");
  await signInWithStandIn(page, { email: brand.email }, { startAt: "/signin" });
  await expect(page).toHaveURL(brand.home);
  const saved = (await context.cookies()).filter(isSessionCookie);
  expect(saved).toHaveLength(1);
  const before = await apiWith(baseURL!, saved);
  expect((await before.get("/api/v1/campaigns")).status()).toBe(200);
  await before.dispose();

  await openAccountMenu(page);
  await expect(page.getByRole("banner").getByText(brand.email)).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin$/);
  expect((await context.cookies()).some(isSessionCookie)).toBe(false);

  await page.goto(brand.home);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(brand.home)}`);

  // The saved copy of the cookie: refused by the API and by the pages. (A new client:
  // one kept from before could reuse a connection the server has closed as idle.)
  const after = await apiWith(baseURL!, saved);
  const res = await after.get("/api/v1/campaigns");
  expect(res.status()).toBe(401);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  await after.dispose();
  await context.addCookies(saved);
  await page.goto(brand.home);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(brand.home)}`);
});

test("after signing out, the account chooser lets another person sign in", async ({ page }) => {
  const creator = role("creator");
  const admin = role("admin");
  await signInWithStandIn(page, { email: creator.email }, { startAt: "/signin" });
  await expect(page).toHaveURL(creator.home);
  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin$/);

  await signInWithStandIn(page, { email: admin.email });
  await expect(page).toHaveURL(admin.home);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(admin.heading);
});

test("sign out everywhere ends the account's session in another browser too", async ({
  browser,
  baseURL,
}) => {
  // A fresh account: revoking the demo users' sessions would sign out the other specs.
  const email = `everywhere.${Date.now()}@example.com`;
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const [onLaptop, onPhone] = [await laptop.newPage(), await phone.newPage()];
  await signInWithStandIn(onLaptop, { email, typed: true }, { startAt: "/signin" });
  await signInWithStandIn(onPhone, { email, typed: true }, { startAt: "/signin" });
  await expect(onPhone).toHaveURL("/onboarding");
  const phoneApi = await apiWith(baseURL!, await phone.cookies());
  // A creator: 403 means "signed in, wrong role"; 401 would mean "no session".
  expect((await phoneApi.get("/api/v1/campaigns")).status()).toBe(403);

  await onLaptop.goto("/onboarding");
  await openAccountMenu(onLaptop);
  await onLaptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(onLaptop).toHaveURL(/\/signin$/);

  expect((await phoneApi.get("/api/v1/campaigns")).status()).toBe(401);
  await onPhone.goto("/onboarding");
  await expect(onPhone).toHaveURL(`/signin?callbackUrl=${encodeURIComponent("/onboarding")}`);
  await phoneApi.dispose();
  await Promise.all([laptop.close(), phone.close()]);
});
