// The proxy's gate in front of Next's server-action decoder: what reaches the decoder
// is a same-origin text/plain JSON list of plain values; everything else is a 4xx.
import { describe, expect, it } from "vitest";
import { refuseBadServerAction } from "./server-action-guard.ts";

const APP = "http://localhost:3000";
const ACTION = "40e2e221f5fc801982d4f51c132341cf024896b8f0";

function post(body: BodyInit, headers: Record<string, string> = {}, path = "/dashboard") {
  return new Request(`${APP}${path}`, {
    method: "POST",
    headers: { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
  });
}

async function outcome(req: Request) {
  const res = await refuseBadServerAction(req, APP, "req-1");
  if (!res) return "passed";
  const { error } = (await res.json()) as { error: { code: string; requestId: string } };
  expect(error.requestId).toBe("req-1");
  expect(res.headers.get("cache-control")).toBe("no-store");
  return `${res.status} ${error.code}`;
}

describe("refuseBadServerAction", () => {
  it.each([
    ["a plain object argument", '[{"campaignId":"x","status":"PAUSED"}]'],
    ["no arguments", "[]"],
    [
      "escaped dollar strings, dates, undefined",
      '["$$5 off","$D2026-01-01T00:00:00.000Z","$undefined"]',
    ],
    ["prototype keys (plain data to JSON.parse)", '[{"__proto__":{"x":1}}]'],
  ])("lets %s through", async (_label, body) => {
    expect(await outcome(post(body))).toBe("passed");
  });

  it.each([
    ["text that is not JSON", "{{{", "400 bad_request"],
    ["an empty body", "", "400 bad_request"],
    ["JSON that is not a list", '{"a":1}', "400 bad_request"],
    ["a reference to a missing part", '["$Q5"]', "400 bad_request"],
    ["a server reference", '["$F1"]', "400 bad_request"],
    ["a malformed BigInt", '["$nxyz"]', "400 bad_request"],
    ["a promise reference", '[{"a":"$@1"}]', "400 bad_request"],
    ["deep nesting", `${"[".repeat(5000)}${"]".repeat(5000)}`, "400 bad_request"],
    ["more than 1 MiB", `["${"a".repeat(1024 * 1024)}"]`, "413 payload_too_large"],
  ])("refuses %s", async (_label, body, expected) => {
    expect(await outcome(post(body))).toBe(expected);
  });

  it("refuses a multipart (FormData) reply with 415", async () => {
    const form = new FormData();
    form.set("0", '["$K1"]');
    const req = new Request(`${APP}/dashboard`, {
      method: "POST",
      headers: { "next-action": ACTION },
      body: form,
    });
    expect(await outcome(req)).toBe("415 unsupported_media_type");
  });

  it.each([
    ["a sibling port", { origin: "http://localhost:4000" }],
    ["a cross-site fetch", { "sec-fetch-site": "cross-site" }],
    ["an opaque origin", { origin: "null" }],
  ])("refuses an action from %s with 403", async (_label, headers) => {
    expect(await outcome(post("[]", headers))).toBe("403 forbidden");
  });

  it("refuses a no-JS form post to a page from another origin too", async () => {
    const form = new FormData();
    form.set(`$ACTION_ID_${ACTION}`, "");
    const req = new Request(`${APP}/dashboard`, {
      method: "POST",
      headers: { origin: "http://localhost:4000" },
      body: form,
    });
    expect(await outcome(req)).toBe("403 forbidden");
  });

  it("leaves API routes (apiRoute checks them) and GETs alone", async () => {
    expect(await outcome(post("{{{", { origin: "http://evil.example" }, "/api/v1/campaigns"))).toBe(
      "passed",
    );
    expect(await refuseBadServerAction(new Request(`${APP}/dashboard`), APP, "r")).toBeNull();
  });

  it("does not consume the body Next still has to read", async () => {
    const req = post('[{"a":1}]');
    expect(await outcome(req)).toBe("passed");
    expect(await req.text()).toBe('[{"a":1}]');
  });
});
