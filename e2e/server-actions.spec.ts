// Raw posts to the dashboard's campaign-status server action, the way a fuzzer or a
// hostile page sends them (Next-Action header + a reply-encoded body). Next's own
// decoder answered many of these with a 500; every one must now be a 4xx, or the
// action's typed { ok: false } result.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { role } from "./helpers/roles.ts";

/** The action id from the build the server runs (the same checkout's .next). */
function actionId(name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === name)?.[0];
  if (!id) throw new Error(`server action ${name} is not in the build`);
  return id;
}

let brand: APIRequestContext;
let ACTION: string;

test.beforeAll(async ({ baseURL }) => {
  brand = await request.newContext({ baseURL, storageState: role("brand").storageState });
  ACTION = actionId("setCampaignStatus");
});

test.afterAll(async () => brand?.dispose());

function post(body: string | Buffer, headers: Record<string, string> = {}) {
  return brand.post("/dashboard", {
    headers: {
      "next-action": ACTION,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      ...headers,
    },
    data: Buffer.isBuffer(body) ? body : Buffer.from(body),
    maxRedirects: 0,
  });
}

const MALFORMED: Array<[string, string | Buffer, Record<string, string>?]> = [
  ["text that is not JSON", "{{{"],
  ["an empty body", ""],
  ["a reference to a part never sent", '["$Q5"]'],
  ["a server reference", '["$F1"]'],
  ["a malformed BigInt", '["$nxyz"]'],
  ["a temporary reference", '["$h1"]'],
  ["5,000 levels of nesting", `${"[".repeat(5000)}${"]".repeat(5000)}`],
  ["a 2 MB argument", Buffer.from(`["${"a".repeat(2_000_000)}"]`)],
  ["a foreign Origin", "[]", { origin: "http://localhost:1" }],
  ["a cross-site fetch", "[]", { "sec-fetch-site": "cross-site" }],
  ["a form-encoded body", "a=b", { "content-type": "application/x-www-form-urlencoded" }],
  ["an unknown action id", "[]", { "next-action": "0".repeat(42) }],
  ["a malformed action id", "[]", { "next-action": "not-an-id" }],
];

for (const [label, body, headers] of MALFORMED) {
  test(`the status action answers ${label} with a 4xx`, async () => {
    const res = await post(body, headers);
    expect(res.status(), await res.text().catch(() => "")).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
  });
}

test("well-encoded but wrong arguments get the action's typed refusal", async () => {
  for (const [args, code, field] of [
    [[{ campaignId: "nope", status: "LAUNCHED" }], "validation_failed", "campaignId"],
    [["just a string"], "validation_failed", "(root)"],
    [[{ campaignId: "00000000-0000-4000-8000-000000000000", status: "PAUSED" }], "not_found", null],
    [[{ campaignId: "x", status: "PAUSED", toString: 1 }], "validation_failed", "toString"],
  ] as const) {
    const res = await post(JSON.stringify(args));
    expect(res.status(), JSON.stringify(args)).toBe(200);
    // The RSC stream carries the action's return value as row 1; an error row ("1:E{...}")
    // would mean the action threw (or its result could not be serialized).
    const row = (await res.text()).split("\n").find((line) => line.startsWith("1:"));
    expect(row, JSON.stringify(args)).toBeDefined();
    const result = JSON.parse(row!.slice(2)) as {
      ok: boolean;
      error: { code: string; fields?: Record<string, string[]> };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe(code);
    if (field) expect(Object.keys(result.error.fields ?? {})).toContain(field);
  }
});
