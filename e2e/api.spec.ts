// The JSON API over real HTTP with real session cookies: 401 for anonymous callers,
// 403 for the wrong role, 404 across tenants, 4xx with field messages for bad input.
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { role } from "./helpers/roles.ts";

const ADMIN_ONLY = "/api/v1/admin/review-queue";
const WRITE_ENDPOINT = "/api/v1/campaigns";

let anonymous: APIRequestContext;
let brand: APIRequestContext;
let otherBrand: APIRequestContext;
let admin: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  anonymous = await request.newContext({ baseURL });
  brand = await request.newContext({ baseURL, storageState: role("brand").storageState });
  otherBrand = await request.newContext({ baseURL, storageState: role("otherBrand").storageState });
  admin = await request.newContext({ baseURL, storageState: role("admin").storageState });
});

test.afterAll(async () => {
  await Promise.all([anonymous, brand, otherBrand, admin].map((c) => c?.dispose()));
});

type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string[]>; requestId: string };
};

test("an anonymous caller gets 401 JSON", async () => {
  for (const path of [ADMIN_ONLY, WRITE_ENDPOINT]) {
    const res = await anonymous.get(path);
    expect(res.status(), path).toBe(401);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("unauthorized");
    expect(body.error.requestId).toBe(res.headers()["x-request-id"]);
  }
});

test("a brand manager calling an admin-only endpoint gets 403", async () => {
  const res = await brand.get(ADMIN_ONLY);
  expect(res.status()).toBe(403);
  expect(((await res.json()) as ErrorBody).error.code).toBe("forbidden");
});

test("an admin reads the review queue", async () => {
  const res = await admin.get(ADMIN_ONLY);
  expect(res.status()).toBe(200);
});

test("one brand cannot read another brand's campaign", async () => {
  const own = await brand.get(WRITE_ENDPOINT);
  expect(own.status()).toBe(200);
  const list = (await own.json()) as {
    campaigns?: Array<{ id: string }>;
    items?: Array<{ id: string }>;
  };
  const first = (list.campaigns ?? list.items ?? [])[0];
  expect(first, "the demo brand has campaigns").toBeTruthy();

  expect((await brand.get(`${WRITE_ENDPOINT}/${first!.id}`)).status()).toBe(200);
  const res = await otherBrand.get(`${WRITE_ENDPOINT}/${first!.id}`);
  expect(res.status()).toBe(404);
});

test("malformed JSON to a write endpoint gets 400 with field messages", async () => {
  const res = await brand.post(WRITE_ENDPOINT, {
    headers: { "content-type": "application/json" },
    // A Buffer goes out byte for byte; a string would be JSON-encoded as a string.
    data: Buffer.from('{"title": "Spring launch", "budget": '),
  });
  expect(res.status()).toBe(400);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe("invalid_json");
  expect(Object.keys(body.error.fields ?? {})).not.toHaveLength(0);
});

test("wrongly typed JSON to a write endpoint gets 422 with a message per field", async () => {
  const res = await brand.post(WRITE_ENDPOINT, {
    data: {
      title: 42,
      category: "beauty",
      budget: "a lot",
      targetAudience: { ageRanges: ["20-29"] },
    },
  });
  expect(res.status()).toBe(422);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe("validation_failed");
  expect(body.error.fields).toMatchObject({
    title: [expect.any(String)],
    budget: [expect.any(String)],
    "targetAudience.ageRanges.0": [expect.any(String)],
  });
});

test("a method a route does not take gets 405 in the error shape, with Allow", async () => {
  const res = await brand.delete(WRITE_ENDPOINT);
  expect(res.status()).toBe(405);
  expect(res.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe("method_not_allowed");
  expect(body.error.requestId).toBe(res.headers()["x-request-id"]);
  const options = await brand.fetch(WRITE_ENDPOINT, { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
});
