// Budgets cover every request: anonymous and refused ones (401/403/415/422) spend
// them too, server actions share them, and the ranking route has its own smaller one.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// Small budgets for this file only; lib/env.ts reads them on first use.
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "6";
  process.env.RANKING_RATE_LIMIT_PER_MINUTE = "2";
});

import { loadSessionUser } from "@/lib/auth/session-user";
import { createBrandWithManager, createUser } from "@/test/helpers/fixtures";
import { sessionCookieFor } from "@/test/helpers/api";
import { defineAction } from "./action.ts";
import { resetRateLimits } from "./rate-limit.ts";
import { apiRoute } from "./route.ts";

const noParams = { params: Promise.resolve({}) };
const Body = z.object({ n: z.number().int().max(10) });

const brandOnly = apiRoute({ roles: ["BRAND_MANAGER"], body: Body }, async () => ({ ok: true }));
const ranking = apiRoute({ rateLimit: "ranking" }, async () => ({ ranked: true }));
const health = apiRoute({ auth: false, rateLimit: false }, async () => ({ ok: true }));

function req(
  opts: { method?: string; address?: string; cookie?: string; body?: string; type?: string } = {},
) {
  const headers: Record<string, string> = {
    "content-type": opts.type ?? "application/json",
    "x-forwarded-for": `203.0.113.99, ${opts.address ?? "198.51.100.1"}`,
  };
  if (opts.cookie) headers.cookie = opts.cookie;
  return new NextRequest("http://localhost:3000/api/v1/x", {
    method: opts.method ?? "POST",
    headers,
    body: opts.method === "GET" ? undefined : (opts.body ?? '{"n":1}'),
  });
}

beforeEach(() => resetRateLimits());

describe("rate limits", () => {
  it("throttles a flood of anonymous 401s per address, with Retry-After", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await brandOnly(req(), noParams)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);

    const res = await brandOnly(req(), noParams);
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await res.json()).error).toMatchObject({ code: "rate_limited" });
    expect(res.headers.get("cache-control")).toBe("no-store");

    // Another client (last forwarded hop) has its own budget; the spoofable first hop
    // is the same for both and does not decide.
    expect((await brandOnly(req({ address: "198.51.100.2" }), noParams)).status).toBe(401);
  });

  it("counts a signed-in user's refused requests (403, 415, 422) against their budget", async () => {
    const creator = await createUser("CREATOR");
    const { manager } = await createBrandWithManager();
    const creatorCookie = await sessionCookieFor(creator.id);
    const managerCookie = await sessionCookieFor(manager.id);

    const seen: number[] = [];
    for (let i = 0; i < 2; i++)
      seen.push((await brandOnly(req({ cookie: creatorCookie }), noParams)).status);
    seen.push(
      (await brandOnly(req({ cookie: creatorCookie, type: "text/plain" }), noParams)).status,
    );
    seen.push(
      (await brandOnly(req({ cookie: creatorCookie, body: '{"n":"x"}' }), noParams)).status,
    );
    seen.push((await brandOnly(req({ cookie: creatorCookie, body: '{"n":99}' }), noParams)).status);
    seen.push((await brandOnly(req({ cookie: creatorCookie }), noParams)).status);
    seen.push((await brandOnly(req({ cookie: creatorCookie }), noParams)).status);
    expect(seen).toEqual([403, 403, 415, 403, 403, 403, 429]);

    // Keyed by user, not address: the manager behind the same address is unaffected.
    const ok = await brandOnly(req({ cookie: managerCookie }), noParams);
    expect(ok.status).toBe(200);
    const bad = await brandOnly(req({ cookie: managerCookie, body: '{"n":99}' }), noParams);
    expect(bad.status).toBe(422);
  });

  it("gives the ranking route its own, smaller budget", async () => {
    const { manager } = await createBrandWithManager();
    const cookie = await sessionCookieFor(manager.id);
    const rankGet = () =>
      new NextRequest("http://localhost:3000/api/v1/campaigns/x/creators", {
        headers: { cookie },
      });
    expect((await ranking(rankGet(), noParams)).status).toBe(200);
    expect((await ranking(rankGet(), noParams)).status).toBe(200);
    const third = await ranking(rankGet(), noParams);
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    // The shared budget still has room for other endpoints.
    expect((await brandOnly(req({ cookie }), noParams)).status).toBe(200);
  });

  it("leaves routes that opt out (health checks) unlimited", async () => {
    for (let i = 0; i < 10; i++) {
      expect((await health(req({ method: "GET" }), noParams)).status).toBe(200);
    }
  });

  it("throttles server actions too, refused calls included", async () => {
    const { manager } = await createBrandWithManager();
    const action = defineAction(
      {
        input: z.object({ n: z.number().max(10) }),
        roles: ["ADMIN"],
        currentUser: () => loadSessionUser(manager.id),
      },
      async ({ n }) => n,
    );
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await action({ n: 1 }));
    expect(results.slice(0, 6).map((r) => (r.ok ? "ok" : r.error.code))).toEqual(
      Array(6).fill("forbidden"),
    );
    expect(results[6]).toEqual({
      ok: false,
      error: {
        code: "rate_limited",
        message: expect.stringMatching(/^Too many requests; retry in \d+ s$/),
        retryAfter: expect.any(Number),
      },
    });
  });
});
