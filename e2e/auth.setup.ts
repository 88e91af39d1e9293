// Signs in once per demo role through the whole redirect flow and keeps the session
// cookies for the specs (e2e/.auth/ is git-ignored).
import { expect, test as setup } from "@playwright/test";
import { ROLES } from "./helpers/roles.ts";
import { signInWithStandIn } from "./helpers/sign-in.ts";

for (const r of ROLES) {
  setup(`sign in as ${r.key}`, async ({ page }) => {
    await signInWithStandIn(page, { email: r.email }, { startAt: "/signin" });
    await expect(page).toHaveURL(r.home);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.heading);
    await page.context().storageState({ path: r.storageState });
  });
}
