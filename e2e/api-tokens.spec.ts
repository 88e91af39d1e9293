// A brand manager creates an API token in the dashboard (its secret shown once), a
// program uses it over HTTP — with curl-like requests and with a client generated from
// the OpenAPI document — then the manager revokes it and the same request gets 401.
import { expect, request, test } from "@playwright/test";
import createClient from "openapi-fetch";
import type { paths } from "../lib/api/openapi/api-types.ts";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("brand").storageState });

test("a brand creates a token, a program uses it, the brand revokes it", async ({
  page,
  baseURL,
}, testInfo) => {
  const name = `E2E 동기화 ${Date.now()}`;
  await page.goto("/dashboard/api-tokens");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Read", { exact: true }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-token-secret");
  await expect(shown).toBeVisible();
  const secret = (await shown.textContent())!.trim();
  expect(secret).toMatch(/^cm_live_[0-9A-Za-z]{12}_[0-9A-Za-z]{43}$/);
  await page.screenshot({ path: testInfo.outputPath("created-1280.png"), fullPage: true });

  // A program: no cookies, only the token.
  const program = await request.newContext({ baseURL });
  const auth = { authorization: `Bearer ${secret}` };
  const list = await program.get("/api/v1/campaigns", { headers: auth });
  expect(list.status()).toBe(200);
  const { campaigns } = (await list.json()) as { campaigns: { brandId: string }[] };
  expect(campaigns.length).toBeGreaterThan(0);
  expect(new Set(campaigns.map((c) => c.brandId)).size).toBe(1);

  // The same through a client generated from /api/v1/openapi.json.
  const client = createClient<paths>({ baseUrl: baseURL, headers: auth });
  const typed = await client.GET("/api/v1/campaigns", { params: { query: { limit: "5" } } });
  expect(typed.response.status).toBe(200);
  expect(typed.data?.campaigns.length).toBeGreaterThan(0);
  expect(typed.data?.campaigns[0]?.brandId).toBe(campaigns[0]!.brandId);

  // A read token cannot write, from anywhere.
  const write = await program.post("/api/v1/campaigns", {
    headers: auth,
    data: { title: "Not allowed", category: "beauty", budget: 1000000 },
  });
  expect(write.status()).toBe(403);
  expect(write.headers()["www-authenticate"]).toContain('error="insufficient_scope"');

  // Shown once: after a reload only the prefix is left, and it says it was used.
  await page.reload();
  await expect(page.getByTestId("new-token-secret")).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(secret.slice(0, 20));
  await expect(row).not.toContainText("Never");

  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row).toContainText("Revoked");
  await page.screenshot({ path: testInfo.outputPath("revoked-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("revoked-390.png"), fullPage: true });

  // The page in Korean (the language switch's cookie).
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ko", url: baseURL! }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API 토큰");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("폐기됨");
  await page.screenshot({ path: testInfo.outputPath("revoked-ko-390.png"), fullPage: true });

  const after = await program.get("/api/v1/campaigns", { headers: auth });
  expect(after.status()).toBe(401);
  expect(after.headers()["www-authenticate"]).toContain('error="invalid_token"');
  await program.dispose();
});

test("the API reference renders the document, which is public", async ({
  page,
  baseURL,
}, testInfo) => {
  const anonymous = await request.newContext({ baseURL });
  const doc = await anonymous.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");
  await anonymous.dispose();

  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Creator Match API");
  await expect(page.locator("#getCampaigns")).toContainText("List campaigns");
  await expect(page.locator("#getCampaigns")).toContainText("Token scope: read");
  await page.screenshot({ path: testInfo.outputPath("docs-1280.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("docs-390.png") });
  expect(errors).toEqual([]);
});
