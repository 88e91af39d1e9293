// Tracking links in the browser: a match accepted over the API gets a link to the
// campaign's product page; the brand sees it on the match page and adds a promo code;
// a visitor following the link lands on the destination with cm_click; the creator sees
// the same link without the brand's forms; an unknown code shows the friendly 404 page.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { role } from "./helpers/roles.ts";

// A real browser's user agent: the headless one is (rightly) taken for a bot.
const VISITOR_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const stamp = String(Date.now());

/** The brand's shop: a local page that remembers which URLs it was asked for. */
async function startShop() {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url!);
    res.writeHead(200, { "content-type": "text/html" }).end("<h1>Glow Lab shop</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, seen, close: () => server.close() };
}

async function acceptedMatch(
  brand: APIRequestContext,
  creator: APIRequestContext,
  productUrl: string,
) {
  const created = await brand.post("/api/v1/campaigns", {
    data: {
      title: `추적 ${stamp}`,
      category: "beauty",
      budget: 30_000_000,
      productUrl,
    },
  });
  expect(created.status()).toBe(201);
  const campaignId = (await created.json()).campaign.id as string;
  const inbox = await (await creator.get("/api/v1/matches?limit=1")).json();
  const proposed = await brand.post("/api/v1/matches", {
    data: {
      campaignId,
      creatorId: inbox.matches[0].creator.id,
      offer: { amount: 800_000, deliverables: "One dedicated video" },
    },
  });
  expect(proposed.status()).toBe(201);
  const match = (await proposed.json()).match as { id: string; version: number };
  const accepted = await creator.post(`/api/v1/matches/${match.id}/transitions`, {
    data: { to: "ACCEPTED", version: match.version },
  });
  expect(accepted.status()).toBe(200);
  return match.id;
}

test("an accepted match's tracking link reaches the shop with a click id", async ({
  browser,
  baseURL,
}) => {
  const brandApi = await request.newContext({ baseURL, storageState: role("brand").storageState });
  const creatorApi = await request.newContext({
    baseURL,
    storageState: role("creator").storageState,
  });
  const shop = await startShop();
  const productUrl = `${shop.origin}/glow-${stamp}?ref=yt#buy`;
  const matchId = await acceptedMatch(brandApi, creatorApi, productUrl);

  const brand = await (
    await browser.newContext({ storageState: role("brand").storageState })
  ).newPage();
  await brand.goto(`/matches/${matchId}`);
  const links = brand.getByRole("list", { name: "Tracking links" });
  await expect(links.getByRole("listitem")).toHaveCount(1);
  await expect(links).toContainText(productUrl);
  const short = (await links.locator("code").first().textContent())!;
  expect(short).toMatch(new RegExp(`^${baseURL}/r/[0-9A-Za-z]{10}$`));

  // The brand adds its shop's promo code; it shows in upper case.
  const promo = brand.getByRole("form", { name: "Add a promo code" });
  await promo.getByLabel("Promo code (empty: generate one)").fill(`glow-${stamp}`);
  await promo.getByRole("button", { name: "Add promo code" }).click();
  await expect(brand.getByRole("list", { name: "Promo codes" })).toContainText(
    `GLOW-${stamp.toUpperCase()}`,
  );
  await brand.screenshot({ path: "test-results/e2e/tracking-brand-1280.png", fullPage: true });

  // A visitor follows the link and lands in the shop with the click id.
  const visitor = await (await browser.newContext({ userAgent: VISITOR_UA })).newPage();
  await visitor.goto(short);
  await expect(visitor.getByRole("heading", { name: "Glow Lab shop" })).toBeVisible();
  const landed = new URL(visitor.url());
  expect(landed.pathname).toBe(`/glow-${stamp}`);
  expect(landed.searchParams.get("ref")).toBe("yt");
  expect(landed.hash).toBe("#buy");
  const clickId = landed.searchParams.get("cm_click");
  expect(clickId).toMatch(/^[A-Za-z0-9_-]{16}$/);
  expect(shop.seen[0]).toBe(`/glow-${stamp}?ref=yt&cm_click=${clickId}`);
  shop.close();

  // The creator sees the same link and code, without the brand's forms.
  const creator = await (
    await browser.newContext({
      storageState: role("creator").storageState,
      viewport: { width: 390, height: 844 },
    })
  ).newPage();
  await creator.goto(`/matches/${matchId}`);
  await expect(creator.getByRole("list", { name: "Tracking links" })).toContainText(short);
  await expect(creator.getByRole("list", { name: "Promo codes" })).toContainText(
    `GLOW-${stamp.toUpperCase()}`,
  );
  await expect(creator.getByRole("form", { name: "Add a tracking link" })).toHaveCount(0);
  await creator.screenshot({ path: "test-results/e2e/tracking-creator-390.png", fullPage: true });
});

test("an unknown link shows the friendly 404 page", async ({ page }) => {
  const res = await page.goto("/r/Zz9Zz9Zz9Z");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not active");
  await expect(page.getByRole("link", { name: "Go to Creator Match" })).toHaveAttribute(
    "href",
    "/",
  );
});
