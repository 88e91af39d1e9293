// Pages run under a nonce-based CSP (proxy.ts): every script the server sends carries
// this response's nonce, nothing is blocked, and the pages still hydrate.
import { expect, test, type Page } from "@playwright/test";
import { role } from "./helpers/roles.ts";

function watchViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) {
      problems.push(m.text());
    }
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

async function expectNoncedScripts(page: Page, csp: string | undefined) {
  expect(csp).toBeTruthy();
  const scriptSrc = csp!.split("; ").find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("form-action 'self';");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce).toBeTruthy();
  // The nonce attribute is hidden from the DOM once parsed; its property keeps it.
  const scripts = await page.locator("script").evaluateAll((els) =>
    els.map((e) => {
      const s = e as HTMLScriptElement;
      return { nonce: s.nonce, src: s.src ? new URL(s.src).pathname : null };
    }),
  );
  // Every script the server wrote carries the nonce. Next.js's runtime adds the chunks a
  // page loads later (its locale's messages, components/i18n/intl-client-provider.tsx)
  // without one: 'strict-dynamic' trusts what a nonced script loads, and only those
  // chunks, from our own origin, may be nonce-less.
  const written = scripts.filter((s) => s.nonce !== "");
  const added = scripts.filter((s) => s.nonce === "");
  expect(written.length).toBeGreaterThan(0);
  expect(new Set(written.map((s) => s.nonce))).toEqual(new Set([nonce]));
  for (const s of added) expect(s.src).toMatch(/^\/_next\/static\/chunks\/[\w.-]+\.js$/);
}

test("the sign-in page runs only nonced scripts and hydrates", async ({ page }, testInfo) => {
  const problems = watchViolations(page);
  const res = await page.goto("/signin");
  await expectNoncedScripts(page, res?.headers()["content-security-policy"]);
  // The Google button is a client component: clicking it only works once hydrated.
  await page.getByRole("button", { name: "Sign in with Google" }).click();
  await expect(page.getByRole("heading", { name: "Choose an account" })).toBeVisible();
  expect(problems).toEqual([]);
  await page.goto("/signin");
  await page.screenshot({ path: testInfo.outputPath("signin.png") });
});

test.describe("signed in", () => {
  test.use({ storageState: role("brand").storageState });

  test("the dashboard runs only nonced scripts and its client parts work", async ({
    page,
  }, testInfo) => {
    const problems = watchViolations(page);
    const res = await page.goto("/dashboard");
    await expectNoncedScripts(page, res?.headers()["content-security-policy"]);
    // A fresh nonce per response.
    const again = await page.request.get("/dashboard");
    expect(again.headers()["content-security-policy"]).not.toBe(
      res?.headers()["content-security-policy"],
    );
    await page.getByLabel(/^Account menu for/).click();
    await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("dashboard.png"), fullPage: false });
    expect(problems).toEqual([]);
  });
});
