// The attack from issue 6: a page on a sibling origin (same site, other port) posts a
// plain <form enctype=text/plain> to the JSON API with the signed-in brand's cookie.
// It used to create a campaign; now the write is refused and nothing is stored.
import { createServer, type Server } from "node:http";
import { expect, request, test } from "@playwright/test";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("brand").storageState });

// The attacker's server: the next port above the app's, on the same host name.
const ATTACKER_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
let attacker: Server;

function attackPage(target: string, title: string, how: "form" | "fetch"): string {
  // text/plain forms send `name=value`: the classic trick makes that look like JSON.
  const name = `{"title":"${title}","category":"beauty","budget":1000000,"x":"`;
  return how === "form"
    ? `<!doctype html><form method="POST" action="${target}" enctype="text/plain">
         <input type="hidden" name='${name}' value='"}'></form>
       <script>document.forms[0].submit()</script>`
    : `<!doctype html><p id="done">sending</p><script>
         fetch(${JSON.stringify(target)}, { method: "POST", mode: "no-cors", credentials: "include",
           headers: { "content-type": "text/plain" },
           body: JSON.stringify({ title: ${JSON.stringify(title)}, category: "beauty", budget: 1000000 }) })
         .finally(() => { document.getElementById("done").textContent = "sent" });
       </script>`;
}

test.beforeAll(async ({ baseURL }) => {
  const target = `${baseURL}/api/v1/campaigns`;
  attacker = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://localhost:${ATTACKER_PORT}`);
    const how = url.pathname === "/fetch" ? "fetch" : "form";
    res.writeHead(200, { "content-type": "text/html" });
    res.end(attackPage(target, url.searchParams.get("title") ?? "pwned", how));
  });
  await new Promise<void>((resolve) => attacker.listen(ATTACKER_PORT, "localhost", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => attacker?.close(resolve));
});

async function campaignTitles(baseURL: string): Promise<string[]> {
  const brand = await request.newContext({ baseURL, storageState: role("brand").storageState });
  const res = await brand.get("/api/v1/campaigns?limit=100");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { campaigns: Array<{ title: string }> };
  await brand.dispose();
  return body.campaigns.map((c) => c.title);
}

test("a sibling origin's text/plain form cannot create a campaign with the brand's cookie", async ({
  page,
  baseURL,
}) => {
  const title = `pwned-form-${Date.now()}`;
  const answer = page.waitForResponse(
    (r) => r.url() === `${baseURL}/api/v1/campaigns` && r.request().method() === "POST",
  );
  await page.goto(`http://localhost:${ATTACKER_PORT}/form?title=${title}`);
  const res = await answer;
  // The browser did send the cookie (same site), so only the new checks stop it.
  expect(await res.request().headerValue("cookie")).toContain("next-auth.session-token");
  expect(res.status()).toBe(403);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  expect(await campaignTitles(baseURL!)).not.toContain(title);
});

test("a sibling origin's no-cors fetch cannot create one either", async ({ page, baseURL }) => {
  const title = `pwned-fetch-${Date.now()}`;
  const answer = page.waitForResponse(
    (r) => r.url() === `${baseURL}/api/v1/campaigns` && r.request().method() === "POST",
  );
  await page.goto(`http://localhost:${ATTACKER_PORT}/fetch?title=${title}`);
  expect((await answer).status()).toBe(403);
  await expect(page.locator("#done")).toHaveText("sent");
  expect(await campaignTitles(baseURL!)).not.toContain(title);
});

test("without an Origin, a text/plain body is still refused (415) and stores nothing", async ({
  baseURL,
}) => {
  const title = `plain-${Date.now()}`;
  const brand = await request.newContext({ baseURL, storageState: role("brand").storageState });
  const res = await brand.post("/api/v1/campaigns", {
    headers: { "content-type": "text/plain" },
    data: Buffer.from(JSON.stringify({ title, category: "beauty", budget: 1_000_000 })),
  });
  expect(res.status()).toBe(415);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
    "unsupported_media_type",
  );
  await brand.dispose();
  expect(await campaignTitles(baseURL!)).not.toContain(title);
});
