// The request edge over real HTTP against the production server: body limits before
// parsing (declared and chunked), caching headers and request ids on every API answer.
import { request as httpRequest } from "node:http";
import { expect, request, test } from "@playwright/test";
import { role } from "./helpers/roles.ts";

test.use({ storageState: role("brand").storageState });

test("a 2 MB JSON body to POST /api/v1/campaigns is refused with 413", async ({ request }) => {
  const res = await request.post("/api/v1/campaigns", {
    data: { title: "x", category: "beauty", notes: "a".repeat(2_000_000) },
  });
  expect(res.status()).toBe(413);
  const body = (await res.json()) as { error: { code: string; requestId: string } };
  expect(body.error.code).toBe("payload_too_large");
  expect(body.error.requestId).toBe(res.headers()["x-request-id"]);
  expect(res.headers()["cache-control"]).toBe("no-store");
});

test("a chunked body without Content-Length is counted and cut off at 1 MiB", async ({
  baseURL,
  context,
}) => {
  const cookie = (await context.cookies())
    .filter((c) => c.name.endsWith("next-auth.session-token"))
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  const url = new URL("/api/v1/campaigns", baseURL);
  const { status, body } = await new Promise<{ status: number; body: string }>(
    (resolve, reject) => {
      const req = httpRequest(
        url,
        { method: "POST", headers: { "content-type": "application/json", cookie } },
        (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      // The server may answer and close before all of it is sent.
      req.on("error", reject);
      const chunk = "a".repeat(64 * 1024);
      req.write('{"title":"');
      for (let i = 0; i < 40; i++) req.write(chunk); // 2.5 MiB, no Content-Length
      req.end('"}');
    },
  );
  expect(status).toBe(413);
  expect((JSON.parse(body) as { error: { code: string } }).error.code).toBe("payload_too_large");
});

test("API answers carry no-store, a request id and a policy that runs nothing; a malformed id is replaced", async ({
  baseURL,
}) => {
  // Explicitly cookie-less: inside a test, newContext inherits test.use's storageState.
  const anonymous = await request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const kept = await anonymous.get("/api/v1/campaigns", { headers: { "x-request-id": "abc-123" } });
  expect(kept.status()).toBe(401);
  expect(kept.headers()["x-request-id"]).toBe("abc-123");
  expect(kept.headers()["cache-control"]).toBe("no-store");
  expect(kept.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );

  const replaced = await anonymous.get("/api/health", {
    headers: { "x-request-id": `evil\u0000${"x".repeat(100)}`.replace("\u0000", " ") },
  });
  expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(replaced.headers()["cache-control"]).toBe("no-store");

  // next-auth's own endpoints too (marked by proxy.ts).
  const session = await anonymous.get("/api/auth/session");
  expect(session.headers()["cache-control"]).toContain("no-store");
  await anonymous.dispose();
});

test("an address whose percent-escapes do not decode is a 400, as JSON under /api/", async ({
  request,
}) => {
  // Next.js answered these with a bare 500 (vercel/next.js#92527; patches/next+*.patch)
  for (const path of ["/api/v1/campaigns/%ZZ", "/api/v1/matches/%C0/messages"]) {
    const res = await request.get(path, { headers: { "x-request-id": "trace-42" } });
    expect(res.status(), path).toBe(400);
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    expect(body.error).toEqual({
      code: "bad_request",
      message: "The address is not validly percent-encoded",
      requestId: "trace-42",
    });
    expect(res.headers()["x-request-id"]).toBe("trace-42");
    expect(res.headers()["cache-control"]).toBe("no-store");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  }
  for (const path of ["/dashboard/campaigns/%ZZ", "/r/%E0%A4%A"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect(await res.text()).toContain("Bad Request");
  }
});

test("an /api/v1 address no route answers is the API's JSON 404, whatever the method", async ({
  request,
}) => {
  for (const res of [
    await request.get("/api/v1/nope"),
    await request.post("/api/v1/campaigns/x/y/z", { data: {} }),
  ]) {
    expect(res.status()).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("/api/v1/openapi.json");
  }
});
