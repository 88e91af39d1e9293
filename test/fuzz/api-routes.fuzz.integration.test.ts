// Property-based fuzzing of every route handler under app/api and of the server
// actions: malformed, oversized and hostile input from every kind of caller must never
// answer 5xx, must answer within a time bound in the one JSON error shape, and must
// never leave a row behind that the schemas would refuse. Fixed seed and a small budget
// in `npm test`; `npm run test:fuzz` runs the same properties for longer
// (FUZZ_RUNS, FUZZ_SEED).
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadSessionUser } from "@/lib/auth/session-user";
import { changeCampaignStatusAction } from "@/lib/campaigns/campaign-actions";
import { CreateCampaignSchema } from "@/lib/campaigns/schemas";
import { toCampaignDto } from "@/lib/campaigns/campaign-dto";
import { prisma } from "@/lib/db/client";
import { startWarmUp } from "@/lib/server/readiness";
import { sessionCookieFor } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor, createUser } from "@/test/helpers/fixtures";
import {
  anyJson,
  contentType,
  hostileString,
  mutated,
  queryString,
  rawBody,
} from "./hostile-input";
import { isRefusal } from "@/lib/api/method-not-allowed";

// The fuzzer sends thousands of requests as one user in seconds; the per-user budget
// would soon answer everything with 429 and the deeper code would go unfuzzed. The
// budgets have tests of their own.
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
  process.env.RANKING_RATE_LIMIT_PER_MINUTE = "1000000";
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const TIME_BOUND_MS = 2000;
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
// next-auth's own handler is a library's, tested by the sign-in specs.
const SKIP = new Set(["app/api/auth/[...nextauth]/route.ts"]);

type Handler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;
type Route = { file: string; path: string; params: string[]; handlers: [string, Handler][] };

const repoRoot = path.resolve(import.meta.dirname, "..", "..");

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? routeFiles(path.join(dir, e.name))
      : e.name === "route.ts"
        ? [path.join(dir, e.name)]
        : [],
  );
}

async function loadRoutes(): Promise<Route[]> {
  const routes: Route[] = [];
  for (const file of routeFiles("app/api").sort()) {
    if (SKIP.has(file)) continue;
    const mod = (await import(/* @vite-ignore */ path.join(repoRoot, file))) as Record<
      string,
      unknown
    >;
    const dir = path.dirname(file).replace(/^app/, "");
    routes.push({
      file,
      path: dir,
      params: [...dir.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]),
      // the route's own handlers, not the refusals of the methods it lacks
      handlers: METHODS.filter((m) => typeof mod[m] === "function" && !isRefusal(mod[m])).map(
        (m) => [m, mod[m] as Handler],
      ),
    });
  }
  return routes;
}

const QUERY_NAMES = [
  "limit",
  "cursor",
  "status",
  "tiers",
  "regions",
  "categories",
  "maxRate",
  "minSubscribers",
  "platforms",
  "minScore",
  "withinKm",
  "verified",
  "exclude",
  "sort",
  "q",
];

const validCampaign = {
  title: "Fuzzed launch",
  category: "beauty",
  budget: 1_000_000,
  currency: "KRW",
  type: "PRODUCT_REVIEW",
  platforms: ["YOUTUBE"],
  startsAt: "2027-01-01",
  endsAt: "2027-01-31",
  targetAudience: {
    ageRanges: ["18-24"],
    genders: ["female"],
    countries: ["KR"],
    regions: ["Seoul"],
    interests: [],
  },
  matchingWeights: {
    audienceOverlap: 0.35,
    categoryMatch: 0.25,
    performancePrediction: 0.25,
    budgetFit: 0.15,
  },
};

// A lone surrogate cannot be percent-encoded; a client would send its broken bytes.
function encodePathSegment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
}

function expectErrorShape(status: number, body: unknown) {
  expect(body).toMatchObject({
    error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) },
  });
  const fields = (body as { error: { fields?: unknown } }).error.fields;
  if (fields !== undefined) {
    for (const messages of Object.values(fields as Record<string, unknown>)) {
      expect(Array.isArray(messages) && messages.every((m) => typeof m === "string")).toBe(true);
    }
  }
  expect(status).toBeGreaterThanOrEqual(400);
}

describe("fuzzing every API route", () => {
  let routes: Route[];
  let cookies: (string | undefined)[];
  let ids: string[];
  let brandIds: string[];

  beforeAll(async () => {
    routes = await loadRoutes();
    // As the server does at start-up (its readiness waits for it): the time bound is
    // for requests, not for starting worker threads and loading the creator index.
    await startWarmUp();
    const a = await createBrandWithManager();
    const b = await createBrandWithManager();
    const creator = await createUser("CREATOR");
    const admin = await createUser("ADMIN");
    brandIds = [a.brand.id, b.brand.id];
    const mine = await createCampaignFor(a.brand.id);
    const theirs = await createCampaignFor(b.brand.id);
    ids = [mine.id, theirs.id, "00000000-0000-4000-8000-000000000000"];
    cookies = [
      undefined,
      ...(await Promise.all([a.manager.id, creator.id, admin.id].map(sessionCookieFor))),
    ];
  });

  it("finds the routes it fuzzes", () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/v1/campaigns",
        "/api/v1/campaigns/[id]",
        "/api/v1/campaigns/[id]/creators",
      ]),
    );
  });

  it("answers every hostile request with a 4xx or 2xx in the JSON error shape, in time", async () => {
    const request = fc.record({
      route: fc.integer({ min: 0, max: 1000 }),
      method: fc.integer({ min: 0, max: 10 }),
      // Mostly the brand manager, so that requests get past the role checks.
      cookie: fc.oneof(
        { weight: 4, arbitrary: fc.constant(1) },
        { weight: 3, arbitrary: fc.constantFrom(0, 2, 3) },
      ),
      id: fc.oneof(
        fc.integer({ min: 0, max: 2 }).map((i) => ({ known: i })),
        hostileString.map((s) => ({ raw: s })),
      ),
      query: queryString(QUERY_NAMES),
      body: rawBody(
        fc.oneof(
          { weight: 3, arbitrary: mutated(validCampaign) },
          { weight: 1, arbitrary: anyJson },
        ),
      ),
      type: contentType,
      origin: fc.constantFrom(
        undefined,
        undefined,
        "http://localhost:3000",
        "http://evil.example",
        "null",
      ),
    });
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const route = routes[r.route % routes.length];
        const [method, handler] = route.handlers[r.method % route.handlers.length];
        const id = "known" in r.id ? ids[r.id.known] : r.id.raw;
        const params = Object.fromEntries(route.params.map((p) => [p, id]));
        const urlPath = route.path.replace(/\[[^\]]+\]/g, encodePathSegment(id));
        const headers: Record<string, string> = {};
        if (cookies[r.cookie]) headers.cookie = cookies[r.cookie]!;
        if (r.type) headers["content-type"] = r.type;
        if (r.origin) headers.origin = r.origin;
        const req = new NextRequest(new URL(`${urlPath}?${r.query}`, "http://localhost:3000"), {
          method,
          headers,
          body: method === "GET" || method === "DELETE" ? undefined : r.body,
        });
        const started = performance.now();
        const res = await handler(req, { params: Promise.resolve(params) });
        const ms = performance.now() - started;
        const key = `${method} ${route.path} ${res.status}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        expect(res.status, key).toBeLessThan(500);
        expect(ms, `${key} took ${Math.round(ms)} ms`).toBeLessThan(TIME_BOUND_MS);
        if (res.status >= 400) expectErrorShape(res.status, await res.json());
      }),
      { seed: SEED, numRuns: RUNS * routes.length * 3, endOnFailure: true },
    );
    // The fuzzer must have got past the guards sometimes, or it proved little.
    const statuses = [...seen.keys()].map((k) => Number(k.split(" ").pop()));
    expect(statuses.some((s) => s >= 200 && s < 300)).toBe(true);
    expect(statuses).toEqual(expect.arrayContaining([401, 422]));
    // The number of runs grows with the number of routes; the bound is per request above.
  }, 180_000);

  // The run above spreads over every route, so how many campaigns it stores depends on
  // how many routes there are; this one writes campaigns on purpose, so that the check
  // of what was stored (afterAll) always has rows to check.
  it("answers hostile campaign writes of a signed-in manager in time, storing some", async () => {
    const route = routes.find((r) => r.path === "/api/v1/campaigns")!;
    const post = route.handlers.find(([m]) => m === "POST")![1];
    await fc.assert(
      fc.asyncProperty(rawBody(mutated(validCampaign)), async (body) => {
        const req = new NextRequest(new URL("/api/v1/campaigns", "http://localhost:3000"), {
          method: "POST",
          headers: { cookie: cookies[1]!, "content-type": "application/json" },
          body,
        });
        const res = await post(req, { params: Promise.resolve({}) });
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expectErrorShape(res.status, await res.json());
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });

  it("never answers the campaign-status server action with anything but a typed result", async () => {
    const [a] = brandIds;
    const manager = await prisma.brandMember.findFirstOrThrow({ where: { brandId: a } });
    const action = changeCampaignStatusAction(() => loadSessionUser(manager.userId));
    const input = fc.oneof(
      anyJson,
      mutated({ campaignId: ids[0], status: "PAUSED" }),
      fc.record({ campaignId: fc.constantFrom(...ids), status: anyJson }),
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const result = await action(value);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.error.code).not.toBe("internal");
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
    const theirs = await prisma.campaign.findUniqueOrThrow({ where: { id: ids[1] } });
    expect(theirs.status).toBe("ACTIVE");
  });

  afterAll(async () => {
    // Whatever the fuzzer managed to store must be a campaign the schema accepts.
    const rows = await prisma.campaign.findMany({ where: { brandId: { in: brandIds } } });
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const dto = toCampaignDto(row);
      const asInput = Object.fromEntries(
        Object.entries({
          title: dto.title,
          productName: dto.productName,
          productUrl: dto.productUrl,
          description: dto.description,
          category: dto.category,
          type: dto.type,
          platforms: dto.platforms,
          budget: dto.budget,
          currency: dto.currency,
          startsAt: dto.startsAt ?? undefined,
          endsAt: dto.endsAt ?? undefined,
          targetAudience: dto.targetAudience,
          matchingWeights: dto.matchingWeights ?? undefined,
          matchingFilters: dto.matchingFilters ?? undefined,
        }).filter(([, v]) => v !== null && v !== undefined),
      );
      const parsed = CreateCampaignSchema.safeParse(asInput);
      expect(parsed.success ? "ok" : JSON.stringify(parsed.error.issues), row.id).toBe("ok");
    }
  });
});
