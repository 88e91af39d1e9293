// Every page in Korean, as each role sees it, with no English left: visits the pages
// with a Korean browser (Accept-Language ko-KR) and fails on any Latin-letter word in the
// visible text or in labels read aloud (aria-label, title, placeholder) that is not on
// the allowlist below. Content marked lang="en" (the matching engine's explanations,
// not yet translated) and translate="no" is skipped by intent. Also fails when a page is
// wider than a 390 px phone (something cut off or forcing a sideways scroll).
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { CREATE_CAMPAIGN_EXAMPLE } from "../lib/campaigns/examples.ts";
import { role } from "./helpers/roles.ts";
import { signInWithStandIn } from "./helpers/sign-in.ts";

// Words a Korean page legitimately writes in Latin letters: the product and platform
// names, metric abbreviations Korean marketers use as they are, units and codes.
const ALLOWED = new Set(
  [
    "Creator",
    "Match",
    "CM",
    "EN",
    "English",
    "Google",
    "YouTube",
    "Instagram",
    "TikTok",
    "Naver",
    "CTR",
    "ROI",
    "ROAS",
    "KRW",
    "KPI",
    "MAPE",
    "JSON",
    // field names of the order protocol, quoted in the explanations
    "clickId",
    "cm_click",
    "MB",
    "URL",
    "IT",
    "EV",
    "K-POP",
    "POP",
    "NUL",
    "GOOGLE_CLIENT_ID",
    "GOOGLE_CLIENT_SECRET",
    "npm",
    "start",
    "pg-boss",
    "Postgres",
    // the ad-log format and the API description standard, named as they are
    "Avazu",
    "OpenAPI",
  ].map((w) => w.toLowerCase()),
);

/** Latin-letter words of the page's visible text and accessible labels. */
async function latinWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const skipped = (el: Element | null) =>
      !!el?.closest('[lang="en"], [translate="no"], script, style, noscript, code');
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.visibility !== "hidden" && s.display !== "none" && (r.width > 0 || r.height > 0);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || skipped(el) || !n.textContent?.trim()) continue;
      // Screen-reader-only text (sr-only) counts: it is read aloud.
      if (visible(el) || el.closest(".sr-only")) out.push(n.textContent);
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (skipped(el)) continue;
      for (const a of ["aria-label", "title", "placeholder"]) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    out.push(document.title);
    return out;
  });
  const words: string[] = [];
  for (const text of texts) {
    const cleaned = text
      .replace(/\S+@\S+/g, " ") // e-mail addresses
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/@[\w.]+/g, " ") // channel handles
      .replace(/\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b/g, " ") // promo codes (GLOW-1234)
      .replace(/\b[A-Z]{2,}[0-9]+\b/g, " ") // and their examples (GLOW10)
      .replace(/\b[A-Z]{2,3}\b/g, " ") // country and currency codes (KR, US$)
      // hashed ids of the ad logs (Avazu site/app ids and categories, e.g. 28905ebd)
      .replace(/\b(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{6,}\b/gi, " ");
    for (const w of cleaned.match(/[A-Za-z][A-Za-z_-]*/g) ?? [])
      if (w.length > 1 && !ALLOWED.has(w.toLowerCase())) words.push(w);
  }
  return [...new Set(words)];
}

async function expectKorean(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  expect(await page.locator("html").getAttribute("lang")).toBe("ko");
  expect(await latinWords(page), `untranslated words on ${path}`).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
}

test.use({ locale: "ko-KR", viewport: { width: 390, height: 844 } });

test.describe("anonymous, in Korean", () => {
  for (const path of ["/", "/signin", "/no-such-page", "/docs/api"])
    test(path, async ({ page }) => expectKorean(page, path));
});

test.describe("brand manager, in Korean", () => {
  test.use({ storageState: role("brand").storageState });
  test("dashboard, campaign, new campaign, matches, a match", async ({ page }) => {
    await expectKorean(page, "/dashboard");
    const campaign = await page
      .locator('a[href^="/dashboard/campaigns/"]:not([href$="/new"])')
      .first()
      .getAttribute("href");
    await expectKorean(page, campaign!);
    await expectKorean(page, `${campaign}/edit`);
    await expectKorean(page, `${campaign}/report`);
    await expectKorean(page, "/dashboard/campaigns/new");
    await expectKorean(page, "/dashboard/matches");
    // a seeded match (the list is newest first; other specs add matches as they run)
    const match = await page.locator('a[href^="/matches/"]').last().getAttribute("href");
    await expectKorean(page, match!);
  });
  test("billing, orders, API tokens", async ({ page }) => {
    await expectKorean(page, "/dashboard/billing");
    await expectKorean(page, "/dashboard/conversions");
    await expectKorean(page, "/dashboard/api-tokens");
  });
});

test.describe("creator, in Korean", () => {
  test.use({ storageState: role("creator").storageState });
  test("home and inbox", async ({ page }) => {
    await expectKorean(page, "/creator");
    await expectKorean(page, "/creator/inbox");
    await expectKorean(page, "/creator/youtube");
    await expectKorean(page, "/creator/payments");
    await expectKorean(page, "/onboarding");
    await expectKorean(page, "/dashboard"); // the 403 page
  });
});

test.describe("admin, in Korean", () => {
  test.use({ storageState: role("admin").storageState });
  test("overview, jobs, settlements, ad stats", async ({ page }) => {
    await expectKorean(page, "/admin");
    await expectKorean(page, "/admin/jobs");
    await expectKorean(page, "/admin/settlements");
    await expectKorean(page, "/admin/ad-stats");
    await expectKorean(page, "/admin/ad-stats/upload");
  });
});

/** A JSON call from the page (same origin, the page's session), as the app's own screens make. */
async function call(page: Page, method: string, url: string, body?: unknown) {
  const res = await page.evaluate(
    async ([m, u, b]) => {
      const r = await fetch(u as string, {
        method: m as string,
        headers: b === undefined ? {} : { "content-type": "application/json" },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: r.status, json: await r.json() };
    },
    [method, url, body] as const,
  );
  expect(res.status, `${method} ${url}: ${JSON.stringify(res.json)}`).toBeLessThan(300);
  return res.json;
}

test("a match acted on in the app (countered, accepted) reads in Korean for both sides", async ({
  browser,
}) => {
  const korean = { locale: "ko-KR", viewport: { width: 390, height: 844 } };
  const brand = await (
    await browser.newContext({ ...korean, storageState: role("brand").storageState })
  ).newPage();
  const creator = await (
    await browser.newContext({ ...korean, storageState: role("creator").storageState })
  ).newPage();
  await brand.goto("/dashboard");
  await creator.goto("/creator");
  const { campaign } = await call(brand, "POST", "/api/v1/campaigns", {
    ...CREATE_CAMPAIGN_EXAMPLE,
    title: `한국어 확인 ${Date.now()}`,
  });
  const creatorId = (await call(creator, "GET", "/api/v1/matches?limit=1")).matches[0].creator.id;
  const { match } = await call(brand, "POST", "/api/v1/matches", {
    campaignId: campaign.id,
    creatorId,
    offer: { amount: 1_000_000, deliverables: "영상 1편" },
  });
  expect(match.status).toBe("CONTACTED");
  // the creator counters without a message (the platform writes the line), the brand accepts
  await call(creator, "POST", `/api/v1/matches/${match.id}/transitions`, {
    to: "NEGOTIATING",
    version: match.version,
    offer: { amount: 1_200_000, deliverables: "영상 1편과 쇼츠 1편" },
  });
  await call(brand, "POST", `/api/v1/matches/${match.id}/transitions`, {
    to: "ACCEPTED",
    version: match.version + 1,
  });
  await expectKorean(brand, `/matches/${match.id}`);
  await expect(brand.getByRole("list", { name: "메시지" })).toContainText("합의했습니다");
  await expectKorean(creator, `/matches/${match.id}`);
  await brand.context().close();
  await creator.context().close();
});

test("the language switch remembers English, and Korean again", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "EN" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Creator Match");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Creator Match 로그인");
});

// A new creator of its own (the switch stores the language on the user's row), starting
// in English.
test("switching the language keeps what a form holds", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInWithStandIn(
    page,
    { email: `language.${Date.now()}@example.com`, typed: true, name: "Yuna Choi" },
    { startAt: "/signin" },
  );
  await expect(page).toHaveURL("/onboarding");
  await page.getByText("No YouTube channel? Add Instagram or TikTok figures instead").click();
  await page.getByLabel("Handle").fill("@yuna.eats");
  await page.getByLabel("Followers").fill("12000");
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByLabel("계정 이름")).toHaveValue("@yuna.eats");
  await expect(page.getByLabel("팔로워")).toHaveValue("12000");
  await page.context().close();
});

// Client components' messages are a chunk per locale (components/i18n/intl-client-provider.tsx):
// a page loads its own locale's and not the other's. campaignForm.reset is in both chunks,
// worded differently, and in no other script.
test("a page loads its own locale's client messages only", async ({ browser }) => {
  const reset = (locale: string) =>
    (JSON.parse(readFileSync(`messages/${locale}/campaignForm.json`, "utf8")) as { reset: string })
      .reset;
  const marker = { ko: reset("ko"), en: reset("en") };
  expect(marker.ko).not.toBe(marker.en);
  for (const [locale, own, other] of [
    ["ko-KR", marker.ko, marker.en],
    ["en-US", marker.en, marker.ko],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/signin");
    // hydrated: the language switch answers
    await expect(page.getByRole("button", { name: "EN" })).toBeEnabled();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith("/_next/static/chunks/") && p.endsWith(".js")),
    );
    const code = (
      await Promise.all(scripts.map(async (s) => (await page.request.get(s)).text()))
    ).join("\n");
    expect({ locale, own: code.includes(own), other: code.includes(other) }).toEqual({
      locale,
      own: true,
      other: false,
    });
    await context.close();
  }
});
