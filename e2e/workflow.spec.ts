// The match workflow in the browser, for all three roles: a brand creates a campaign,
// finds creators, opens a breakdown, compares three, shortlists, proposes above and
// below the review threshold; an admin approves with a reason; the creator counters
// one and accepts the other; the brand accepts the counter and completes with the
// actual results; each step e-mails the other side. Then two browsers race on one match,
// and a brand withdraws a proposal that never went out, then proposes again.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/demo-data/accounts.ts";
import { completeWithResults } from "./helpers/complete-match.ts";
import { expectMail } from "./helpers/mail.ts";
import { role } from "./helpers/roles.ts";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const stamp = String(Date.now());

async function as(browser: Browser, key: "brand" | "admin" | "creator"): Promise<Page> {
  const ctx = await browser.newContext({ storageState: role(key).storageState });
  return ctx.newPage();
}

async function createCampaign(page: Page, title: string): Promise<string> {
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "New campaign" }).click();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Budget", { exact: true }).fill("30000000");
  await page.getByLabel("18-24", { exact: true }).check();
  await page.getByLabel("25-34", { exact: true }).check();
  await page.getByLabel("female", { exact: true }).check();
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url().split("/").pop()!.split("?")[0];
}

/** The demo creator's id, as their own inbox API shows it. */
async function demoCreatorId(creator: Page): Promise<string> {
  const res = await creator.request.get("/api/v1/matches?limit=1");
  return (await res.json()).matches[0].creator.id;
}

/** A creator's breakdown, as a brand manager opens it: the ranking searched for their channel. */
async function openBreakdown(page: Page, campaignId: string, creatorId: string) {
  const detail = await page.request.get(`/api/v1/campaigns/${campaignId}/creators/${creatorId}`);
  const channel: string = (await detail.json()).creator.channel.title;
  await page.goto(`/dashboard/campaigns/${campaignId}?q=${encodeURIComponent(channel)}`);
  const ranked = page.getByRole("list", { name: "Ranked creators" });
  await expect(ranked.getByRole("listitem")).toHaveCount(1);
  await expect(ranked.getByRole("listitem").first()).toContainText(channel);
  await ranked.getByRole("listitem").first().locator("button").first().click();
  return page.getByRole("dialog");
}

/** A proposal to one named creator from their breakdown; returns the match page. */
async function proposeToCreator(page: Page, campaignId: string, creatorId: string, fee: string) {
  await openBreakdown(page, campaignId, creatorId);
  return proposeFromPanel(page, fee);
}

/** A proposal sent from the brand's browser over the JSON API; returns the match page. */
async function proposeOverApi(page: Page, campaignId: string, creatorId: string, amount: number) {
  const res = await page.evaluate(
    async (body) =>
      (
        await fetch("/api/v1/matches", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).json(),
    { campaignId, creatorId, offer: { amount, deliverables: "One dedicated video" } },
  );
  return `/matches/${res.match.id}`;
}

/** A new campaign of the brand's proposed to the demo creator over the API, open on the creator's screen. */
async function proposalOpenedByCreator(browser: Browser, title: string, amount: number) {
  const brand = await as(browser, "brand");
  const campaign = await createCampaign(brand, title);
  const creator = await as(browser, "creator");
  const href = await proposeOverApi(brand, campaign, await demoCreatorId(creator), amount);
  await creator.goto(href);
  return { brand, creator, href };
}

async function proposeFromPanel(page: Page, fee: string, button = "Send proposal") {
  const panel = page.getByRole("dialog");
  await panel.getByLabel("Fee (₩)").fill(fee);
  await panel.getByRole("button", { name: button }).click();
  await expect(panel.getByRole("status")).toBeVisible();
  return (await panel.getByRole("link", { name: "Open the match" }).getAttribute("href"))!;
}

test("brand → admin → creator → brand, with an e-mail for each step", async ({ browser }) => {
  const brand = await as(browser, "brand");
  const big = await createCampaign(brand, `E2E 런칭 ${stamp}`);

  // find creators: the ranked table, a breakdown, compare three, shortlist
  const ranked = brand.getByRole("list", { name: "Ranked creators" });
  await expect(ranked.getByRole("listitem").first()).toBeVisible();
  await ranked.getByRole("listitem").first().locator("button").first().click();
  await expect(brand.getByRole("dialog").getByText("Why this score")).toBeVisible();
  await expect(brand.getByRole("dialog").getByText(/views \(\d+% likely\)/)).toBeVisible();
  // where the figures come from, and the channel's last videos
  const sources = brand.getByRole("list", { name: "Figure sources" });
  await expect(sources.getByText(/^(Verified|Estimated)$/).first()).toBeVisible();
  await expect(sources.getByText(/as of /).first()).toBeVisible();
  await expect(brand.getByRole("list", { name: "Last videos" })).toBeVisible();
  await sources.scrollIntoViewIfNeeded();
  await brand.screenshot({ path: test.info().outputPath("panel-1280.png") });
  await brand.setViewportSize({ width: 390, height: 844 });
  await sources.scrollIntoViewIfNeeded();
  await brand.screenshot({ path: test.info().outputPath("panel-390.png") });
  await brand.setViewportSize({ width: 1280, height: 900 });
  await brand.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(brand.getByRole("dialog")).toHaveCount(0);
  await expect(brand).not.toHaveURL(/[?&]creator=/);
  // the open breakdown is in the URL: Back closes it on the same page, a link reopens it
  await ranked.getByRole("listitem").nth(1).locator("button").first().click();
  await expect(brand).toHaveURL(/[?&]creator=/);
  const shared = brand.url();
  await brand.goBack();
  await expect(brand.getByRole("dialog")).toHaveCount(0);
  await expect(brand).not.toHaveURL(/[?&]creator=/);
  await brand.goto(shared);
  await expect(brand.getByRole("dialog").getByText("Why this score")).toBeVisible();
  await brand.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(brand.getByRole("dialog")).toHaveCount(0);
  await expect(brand).not.toHaveURL(/[?&]creator=/);
  // opened here and reloaded: Close still goes back over the breakdown's entry (Forward
  // reopens it), leaving no second copy of the view behind
  await ranked.getByRole("listitem").nth(1).locator("button").first().click();
  await expect(brand).toHaveURL(/[?&]creator=/);
  await brand.reload();
  await expect(brand.getByRole("dialog").getByText("Why this score")).toBeVisible();
  await brand.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(brand).not.toHaveURL(/[?&]creator=/);
  await brand.goForward();
  await expect(brand.getByRole("dialog").getByText("Why this score")).toBeVisible();
  await brand.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(brand.getByRole("dialog")).toHaveCount(0);

  // search by channel name: the API narrows the whole ranking, not the shown page
  const channel = (
    await ranked.getByRole("listitem").nth(4).locator("button span").nth(1).innerText()
  )
    .split(" · ")[0]
    .trim();
  const searchBox = brand.getByLabel("Search channel name");
  await searchBox.fill(channel);
  await brand.getByRole("button", { name: "Apply" }).click();
  await expect(brand).toHaveURL(/[?&]q=/);
  await expect(ranked.getByRole("listitem").first()).toContainText(channel);
  await searchBox.fill("");
  await brand.getByRole("button", { name: "Apply" }).click();
  await expect(brand).not.toHaveURL(/[?&]q=/);
  // Back returns to the previous view (the search) on the same page, its box filled again
  const campaignPath = new URL(brand.url()).pathname;
  await brand.goBack();
  await expect(brand).toHaveURL(/[?&]q=/);
  expect(new URL(brand.url()).pathname).toBe(campaignPath);
  await expect(searchBox).toHaveValue(channel);
  await expect(ranked.getByRole("listitem").first()).toContainText(channel);
  await brand.goForward();
  await expect(brand).not.toHaveURL(/[?&]q=/);
  await expect(searchBox).toHaveValue("");
  // and back to where the search started: the form follows the URL both ways
  await brand.goBack();
  await expect(searchBox).toHaveValue(channel);
  await brand.goBack();
  await expect(brand).not.toHaveURL(/[?&]q=/);
  await expect(searchBox).toHaveValue("");
  await brand.goForward();
  await brand.goForward();
  await expect(brand).not.toHaveURL(/[?&]q=/);
  await expect(searchBox).toHaveValue("");
  for (let i = 0; i < 3; i++) await ranked.getByRole("checkbox").nth(i).check();
  await brand.getByRole("button", { name: "Compare (3/4)" }).click();
  const compare = brand.getByRole("region", { name: "Compare creators" });
  await expect(compare.getByRole("columnheader")).toHaveCount(4);
  // each creator's own rate card, which the breakdown's offer starts from
  const rates = await compare
    .getByRole("row", { name: /^Rate card/ })
    .getByRole("cell")
    .allInnerTexts();
  expect(rates).toHaveLength(3);
  for (const rate of rates) expect(rate).toMatch(/^(₩[\d,]+|works for free|no rate card)$/);
  await ranked.getByRole("listitem").first().locator("button").first().click();
  const offered = await brand.getByRole("dialog").getByLabel("Fee (₩)").inputValue();
  expect(offered).toBe(rates[0].startsWith("₩") ? rates[0].replace(/[₩,]/g, "") : "");
  await brand.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  const firstStar = ranked.getByRole("button", { name: /^Shortlist / }).first();
  await firstStar.click();
  await expect(firstStar).toHaveAttribute("aria-pressed", "true");
  await brand.reload();
  await expect(brand.getByRole("region", { name: "Shortlist" })).toBeVisible();
  // a shortlisted creator opens from the shortlist while another page is shown
  const entry = brand.getByRole("region", { name: "Shortlist" }).getByRole("button").first();
  const starred = (await entry.innerText()).trim();
  const heading = brand.getByRole("dialog").getByRole("heading", { name: starred });
  await brand.getByRole("button", { name: "Next page" }).click();
  await expect(brand).toHaveURL(/[?&]cursor=/);
  await expect(ranked).not.toContainText(starred);
  await entry.click();
  await expect(heading).toBeVisible();
  await expect(brand.getByRole("dialog").getByText("Why this score")).toBeVisible();
  const offPage = brand.url();
  await brand.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(brand.getByRole("dialog")).toHaveCount(0);
  await expect(brand).toHaveURL(/[?&]cursor=/);
  await expect(brand).not.toHaveURL(/[?&]creator=/);
  // so does a shared link to them, opened cold; closing it stays on that page
  await brand.goto(offPage);
  await expect(heading).toBeVisible();
  await brand.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(brand.getByRole("dialog")).toHaveCount(0);
  await expect(brand).toHaveURL(/[?&]cursor=/);
  await expect(brand).not.toHaveURL(/[?&]creator=/);
  await brand.getByRole("button", { name: "First page" }).click();
  await expect(brand).not.toHaveURL(/[?&]cursor=/);
  // a link whose filters leave the creator out still opens them, and says so
  const filtered = new URL(offPage);
  filtered.searchParams.delete("cursor");
  filtered.searchParams.set("minScore", "100");
  await brand.goto(filtered.toString());
  await expect(heading).toBeVisible();
  await expect(brand.getByRole("dialog").getByRole("note")).toHaveText(
    "Not in this list: the filters shown leave this creator out.",
  );
  // …and a creator the list shows carries no such note
  await brand.goto(`/dashboard/campaigns/${big}`);
  await ranked.getByRole("listitem").first().locator("button").first().click();
  await expect(brand.getByRole("dialog").getByText("Why this score")).toBeVisible();
  await expect(brand.getByRole("dialog").getByRole("note")).toHaveCount(0);
  await brand.getByRole("dialog").getByRole("button", { name: "Close" }).click();

  // from the breakdown panel: above the threshold, so it waits for admin review; the
  // new campaign is a draft, and its first proposal makes it active
  await ranked.getByRole("listitem").nth(1).locator("button").first().click();
  await expect(
    brand
      .getByRole("dialog")
      .getByText("This campaign is a draft: sending this proposal makes it active."),
  ).toBeVisible();
  await proposeFromPanel(brand, "9000000");
  await expect(brand.getByRole("dialog").getByText(/Sent to admin review: .*above/)).toBeVisible();
  await expect(brand.getByRole("dialog").getByText("The campaign is active now.")).toBeVisible();
  await expect(brand.getByRole("button", { name: `Pause E2E 런칭 ${stamp}` })).toBeVisible();

  // to the demo creator (who answers below), found by channel name: one above the
  // threshold, and one below in a second campaign, which goes straight to them
  const creator = await as(browser, "creator");
  const haneul = await demoCreatorId(creator);
  const bigMatch = await proposeToCreator(brand, big, haneul, "9000000");
  await expect(brand.getByRole("dialog").getByText(/Sent to admin review/)).toBeVisible();
  const small = await createCampaign(brand, `E2E 소규모 ${stamp}`);
  const smallMatch = await proposeToCreator(brand, small, haneul, "1500000");
  await expect(brand.getByRole("dialog").getByRole("status")).toContainText("Proposal sent to");
  await brand.goto(smallMatch);
  await expect(brand.getByRole("list", { name: "History" })).toContainText("sent to the creator");
  await expectMail(DEMO_ACCOUNTS.creator.email, /New proposal from 글로우랩/);

  // admin approves the first with a reason
  const admin = await as(browser, "admin");
  await admin.goto(bigMatch);
  await admin.getByRole("button", { name: "Approve" }).click();
  await admin.getByLabel("Note for the brand (optional)").fill("Fee fits the reach");
  await admin.getByRole("button", { name: "Approve and send" }).click();
  await expect(admin.getByTestId("review")).toContainText("Approved — Fee fits the reach");
  await expectMail(DEMO_ACCOUNTS.brand.email, /Approved: your proposal/);

  // the creator counters the first and accepts the second
  await creator.goto(bigMatch);
  await creator.getByRole("button", { name: "Counter-offer" }).click();
  await creator.getByLabel("Fee (₩)").fill("9500000");
  // a commission in percent: refused past 50 %, then agreed at 12.5 %
  const commission = creator.getByLabel("Commission on attributed revenue (%)");
  await commission.fill("60");
  await creator.getByRole("button", { name: "Send counter-offer" }).click();
  await expect(creator.locator('[data-field-error="commissionRateBp"]')).toBeVisible();
  await commission.fill("12.5");
  await creator.screenshot({ path: test.info().outputPath("counter-offer-1280.png") });
  await creator.getByRole("button", { name: "Send counter-offer" }).click();
  await expect(creator.getByText("Offer on the table")).toBeVisible();
  await expect(creator.getByTestId("offer-commission")).toHaveText("12.5% of attributed revenue");
  await expect(creator.getByRole("list", { name: "History" })).toContainText("negotiating");
  await expectMail(DEMO_ACCOUNTS.brand.email, /Counter-offer from 이하늘/);
  await creator.goto("/creator/inbox");
  await expect(creator.getByRole("heading", { level: 1 })).toHaveText("Inbox");
  await creator.goto(smallMatch);
  await expect(creator.getByText("Why the brand picked you")).toBeVisible();
  await creator.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(creator.getByRole("list", { name: "History" })).toContainText("agreed");
  await expectMail(DEMO_ACCOUNTS.brand.email, /Agreed: "E2E 소규모/);

  // the brand accepts the counter, then completes the second with actuals
  await brand.goto(bigMatch);
  await brand.getByRole("button", { name: "Accept the counter-offer" }).click();
  await expect(brand.getByText("Agreed fee")).toBeVisible();
  await expect(brand.getByText("₩9,500,000 + 12.5% of attributed revenue")).toBeVisible();
  await brand.screenshot({
    path: test.info().outputPath("agreed-commission-1280.png"),
    fullPage: true,
  });
  await expectMail(DEMO_ACCOUNTS.creator.email, /Agreed: "E2E 런칭/);
  await brand.goto(smallMatch);
  await completeWithResults(brand, { views: 42_000, clicks: 1_200, sales: 37, revenue: 2_400_000 });
  await expect(brand.getByRole("heading", { name: "Actual results" })).toBeVisible();
  const history = brand.getByRole("list", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(5);
  await expect(history).toContainText("agreed → completed");
  await expectMail(DEMO_ACCOUNTS.creator.email, /Completed: "E2E 소규모/);
});

test("a paused campaign's breakdown offers to resume it instead of a proposal", async ({
  browser,
}) => {
  const brand = await as(browser, "brand");
  const title = `E2E 일시 중지 ${stamp}`;
  await createCampaign(brand, title);
  await brand.getByRole("button", { name: `Activate ${title}` }).click();
  await brand.getByRole("button", { name: `Pause ${title}` }).click();
  await expect(brand.getByRole("button", { name: `Resume ${title}` })).toBeVisible();
  const ranked = brand.getByRole("list", { name: "Ranked creators" });
  await ranked.getByRole("listitem").first().locator("button").first().click();
  const panel = brand.getByRole("dialog");
  await expect(
    panel.getByText("This campaign is paused: resume it to send proposals."),
  ).toBeVisible();
  await expect(panel.getByRole("button", { name: "Send proposal" })).toHaveCount(0);
  await panel.getByRole("button", { name: "Resume the campaign" }).click();
  // resumed: the form is back, with no draft notice, and the header offers Pause again
  await expect(panel.getByRole("button", { name: "Send proposal" })).toBeVisible();
  await expect(panel.getByText(/is a draft/)).toHaveCount(0);
  await expect(brand.getByRole("button", { name: `Pause ${title}` })).toBeVisible();
  // every move is in the campaign's status history, with who made it
  await panel.getByRole("button", { name: "Close" }).click();
  await brand.getByText("Status history").click();
  await expect(
    brand.getByRole("list", { name: "Status history" }).getByRole("listitem"),
  ).toHaveText([
    /^Created as Draft · .+ · 박지우 \(글로우랩\)$/,
    /^Draft → Active · /,
    /^Active → Paused · /,
    /^Paused → Active · .+ · 박지우 \(글로우랩\)$/,
  ]);
});

test("two browsers act on one match at once: one wins, the other is told what changed", async ({
  browser,
}) => {
  const brand = await as(browser, "brand");
  const race = await createCampaign(brand, `E2E 경합 ${stamp}`);
  const one = await as(browser, "creator");
  const href = await proposeOverApi(brand, race, await demoCreatorId(one), 1_200_000);

  const two = await as(browser, "creator");
  await Promise.all([one.goto(href), two.goto(href)]);
  await one.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(one.getByRole("list", { name: "History" })).toContainText("agreed");
  // the second window still shows the old state and tries to decline
  await two.getByRole("button", { name: "Decline" }).click();
  await two.getByLabel("Reason (the other side reads it)").fill("Too busy");
  await two.getByRole("button", { name: "Decline" }).click();
  const alert = two.getByRole("alert").filter({ hasText: "acted first" });
  await expect(alert).toContainText("Someone else acted first.");
  await expect(alert).toContainText("moved it to agreed");
});

test("a double click acts once: one acceptance without a 'someone else acted first', one message", async ({
  browser,
}) => {
  const { creator } = await proposalOpenedByCreator(browser, `E2E 더블클릭 ${stamp}`, 900_000);
  await creator.getByRole("button", { name: "Accept", exact: true }).dblclick();
  await expect(creator.getByRole("list", { name: "History" })).toContainText("agreed");
  await expect(creator.getByRole("alert").filter({ hasText: "acted first" })).toHaveCount(0);
  const text = `두 번 누른 메시지 ${stamp}`;
  await creator.getByLabel("New message").fill(text);
  await creator.getByRole("button", { name: "Send", exact: true }).dblclick();
  const thread = creator.getByRole("list", { name: "Messages" });
  await expect(thread.getByText(text)).toHaveCount(1);
  await creator.reload();
  await expect(creator.getByRole("list", { name: "Messages" }).getByText(text)).toHaveCount(1);
});

test("results that look like a typo are questioned once before completion, then stored as entered", async ({
  browser,
}) => {
  const { brand, creator, href } = await proposalOpenedByCreator(
    browser,
    `E2E 결과 확인 ${stamp}`,
    700_000,
  );
  await creator.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(creator.getByRole("list", { name: "History" })).toContainText("agreed");
  await brand.goto(href);
  await completeWithResults(brand, { views: 100, clicks: 5_000, sales: 0, revenue: 2_400_000 });
  const warning = brand.getByRole("alert").filter({ hasText: "Check these results" });
  await expect(warning).toContainText("5,000 clicks is more than the 100 views");
  await expect(warning).toContainText("revenue without any sale");
  await expect(brand.getByRole("heading", { name: "Actual results" })).toHaveCount(0);
  await brand.getByRole("button", { name: "Complete with these results anyway" }).click();
  await expect(brand.getByRole("heading", { name: "Actual results" })).toBeVisible();
});

test("a counter above the review threshold on an unreviewed match shows why it cannot be accepted", async ({
  browser,
}) => {
  const brand = await as(browser, "brand");
  const campaign = await createCampaign(brand, `E2E 검토 한도 ${stamp}`);
  const creator = await as(browser, "creator");
  // below the threshold, to a creator with a track record: straight to the creator
  const href = await proposeOverApi(brand, campaign, await demoCreatorId(creator), 1_200_000);
  const matchId = href.split("/").pop()!;
  const counter = await creator.request.post(`/api/v1/matches/${matchId}/transitions`, {
    data: {
      to: "NEGOTIATING",
      version: 1,
      offer: { amount: 9_000_000, deliverables: "Two videos" },
    },
  });
  expect(counter.status()).toBe(200);

  await brand.goto(href);
  await expect(brand.getByText(/cannot be accepted as it stands/)).toBeVisible();
  await expect(brand.getByRole("button", { name: /^Accept/ })).toHaveCount(0);
  await expect(brand.getByRole("button", { name: "Counter-offer" })).toBeVisible();
  await expect(brand.getByText(/^The creator's fee is above ₩5,000,000/)).toBeVisible();
  // the creator, looking at their own counter, reads why the brand cannot take it
  await creator.goto(href);
  await expect(creator.getByText(/^Your fee is above ₩5,000,000/)).toBeVisible();
});

test("a brand withdraws a proposal waiting for review: the creator never sees it, the admins' queue lets it go, the brand may propose again", async ({
  browser,
}) => {
  const brand = await as(browser, "brand");
  const campaignId = await createCampaign(brand, `E2E 철회 ${stamp}`);
  const creator = await as(browser, "creator");
  // above the review threshold: it waits for an admin
  const creatorId = await demoCreatorId(creator);
  const href = await proposeOverApi(brand, campaignId, creatorId, 9_000_000);
  await creator.goto(href);
  await expect(creator.getByRole("heading", { name: "Page not found" })).toBeVisible();

  await brand.goto(href);
  await expect(brand.getByText("Waiting for admin review.")).toBeVisible();
  // the note is optional: nobody on the other side reads it
  await brand.getByRole("button", { name: "Withdraw the proposal" }).click();
  await expect(brand.getByLabel(/^Note for your team and the admins/)).toBeEmpty();
  await brand.getByRole("button", { name: "Withdraw the proposal" }).click();
  await expect(brand.getByTestId("review")).toContainText("Closed before review");
  await expect(brand.getByRole("list", { name: "History" })).toContainText("declined");

  const admin = await as(browser, "admin");
  await admin.goto(href);
  await expect(admin.getByTestId("review")).toContainText("Closed before review");
  await expect(admin.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await creator.goto(href);
  await expect(creator.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // withdrawn, it no longer holds the pair: the brand proposes again from the ranking,
  // where the breakdown says how the last proposal ended
  const panel = await openBreakdown(brand, campaignId, creatorId);
  await expect(panel).toContainText("The last proposal to this creator for this campaign ended");
  await expect(panel.getByRole("link", { name: "Open the last proposal" })).toHaveAttribute(
    "href",
    href,
  );
  const again = await proposeFromPanel(brand, "9500000", "Propose again");
  await expect(panel).not.toContainText("The last proposal");
  expect(again).toMatch(/^\/matches\/[0-9a-f-]{36}$/);
  expect(again).not.toBe(href);
  await brand.goto(again);
  await expect(brand.getByText("Waiting for admin review.")).toBeVisible();
  // the new one links back to the one withdrawn, with its offer and its end
  const others = brand.getByTestId("other-proposals");
  await expect(others).toContainText("Other proposals to this creator for this campaign");
  await expect(others).toContainText("₩9,000,000 · declined");
  await expect(others.getByRole("link", { name: /^Earlier proposal of / })).toHaveAttribute(
    "href",
    href,
  );
});
