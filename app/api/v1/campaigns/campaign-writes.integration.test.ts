// Issue 6's write findings, each as a request a careless or hostile client sent:
// strict parsing, PATCH that changes exactly what it names, status moves that cannot
// race out of a final state, and cursors that page only through the caller's list.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "./route";
import { GET as getRoute, PATCH as patchRoute } from "./[id]/route";
import { GET as historyRoute } from "./[id]/status-history/route";
import { prisma } from "@/lib/db/client";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";

const noParams = routeParams({});
type Tenant = Awaited<ReturnType<typeof createBrandWithManager>>;

const full = {
  title: "Glow serum on Instagram",
  category: "beauty",
  type: "GIFTING",
  platforms: ["INSTAGRAM", "TIKTOK"],
  budget: 250_000,
  currency: "USD",
  startsAt: "2027-01-10",
  endsAt: "2027-02-10",
  productUrl: "https://example.com/serum",
  targetAudience: {
    ageRanges: ["18-24"],
    genders: ["female"],
    countries: ["US"],
    regions: ["California"],
    interests: ["skincare"],
  },
  matchingWeights: {
    audienceOverlap: 0.5,
    categoryMatch: 0.2,
    performancePrediction: 0.2,
    budgetFit: 0.1,
  },
};

async function create(t: Tenant, body: unknown) {
  return createRoute(
    await apiRequest("/api/v1/campaigns", { method: "POST", userId: t.manager.id, body }),
    noParams,
  );
}

async function patch(t: Tenant, id: string, body: unknown) {
  return patchRoute(
    await apiRequest(`/api/v1/campaigns/${id}`, { method: "PATCH", userId: t.manager.id, body }),
    routeParams({ id }),
  );
}

async function fieldsOf(res: Response): Promise<string[]> {
  expect(res.status).toBe(422);
  const { error } = await res.json();
  expect(error.code).toBe("validation_failed");
  return Object.keys(error.fields).sort();
}

describe("campaign writes", () => {
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    a = await createBrandWithManager();
    b = await createBrandWithManager();
  });

  describe("strict parsing: nothing is coerced into what the caller did not send", () => {
    it.each([
      ["an impossible date", { startsAt: "2027-02-30" }, ["startsAt"]],
      ["an array where a date belongs", { startsAt: ["2027-01-01"] }, ["startsAt"]],
      ["a number where a date belongs", { endsAt: 1798761600000 }, ["endsAt"]],
      ["an unsupported currency", { currency: "ZZZ" }, ["currency"]],
      ["a budget beyond what the business allows", { budget: 2 ** 53 - 1 }, ["budget"]],
      ["a fractional budget", { budget: 10.5 }, ["budget"]],
      ["a NUL byte in the product URL", { productUrl: "https://x.example/\u0000" }, ["productUrl"]],
      // JSON's "\ud800": jsonb refuses half a surrogate pair (a 500 before)
      [
        "half a surrogate pair in a region",
        { targetAudience: { regions: ["x\ud800y"] } },
        ["targetAudience.regions.0"],
      ],
      [
        "half a surrogate pair in a filter's category",
        { matchingFilters: { categories: ["\udc00"] } },
        ["matchingFilters.categories.0"],
      ],
      ["an unknown key", { tittle: "typo" }, ["tittle"]],
      [
        "an unknown key inside the audience",
        { targetAudience: { region: ["Seoul"] } },
        ["targetAudience.region"],
      ],
      [
        "more regions than a campaign targets",
        { targetAudience: { regions: Array.from({ length: 31 }, (_, i) => `r${i}`) } },
        ["targetAudience.regions"],
      ],
      ["the same platform twice", { platforms: ["YOUTUBE", "YOUTUBE"] }, ["platforms"]],
    ])("refuses %s with 422 on that field", async (_, change, expected) => {
      const before = await prisma.campaign.count({ where: { brandId: a.brand.id } });
      expect(await fieldsOf(await create(a, { ...full, ...change }))).toEqual(expected);
      expect(await prisma.campaign.count({ where: { brandId: a.brand.id } })).toBe(before);
    });

    it("refuses half a surrogate pair in a PATCH's list, keeping what was stored", async () => {
      const mine = await createCampaignFor(a.brand.id);
      const res = await patch(a, mine.id, { targetAudience: { regions: ["x\ud800y"] } });
      expect(await fieldsOf(res)).toEqual(["targetAudience.regions.0"]);
      const stored = await prisma.campaign.findUniqueOrThrow({ where: { id: mine.id } });
      expect(stored.targetRegions).toEqual(["Seoul"]);
    });

    it("reads a calendar date as that day, not a neighbour", async () => {
      const res = await create(a, { ...full, startsAt: "2028-02-29", endsAt: "2028-03-01" });
      expect(res.status).toBe(201);
      const { campaign } = await res.json();
      expect(campaign.startsAt).toBe("2028-02-29T00:00:00.000Z");
    });

    it("refuses the 100,000-region body of the probe with field messages", async () => {
      const mine = await createCampaignFor(a.brand.id);
      const regions = Array.from({ length: 100_000 }, (_, i) => `Region ${i}`);
      const res = await patch(a, mine.id, { targetAudience: { regions } });
      // The wrapper may refuse the size first (413); either way nothing is stored.
      expect([413, 422]).toContain(res.status);
      const stored = await prisma.campaign.findUniqueOrThrow({ where: { id: mine.id } });
      expect(stored.targetRegions).toEqual(["Seoul"]);
    });
  });

  describe("PATCH changes exactly the fields it names", () => {
    it("keeps type, platforms, currency, audience and weights when only the title changes", async () => {
      const created = (await (await create(a, full)).json()).campaign;
      const res = await patch(a, created.id, { title: "Renamed launch" });
      expect(res.status).toBe(200);
      const { campaign } = await res.json();
      const { title, version, updatedAt, ...rest } = campaign;
      const { title: _t, version: _v, updatedAt: _u, ...before } = created;
      expect(title).toBe("Renamed launch");
      expect(version).toBe(created.version + 1);
      expect(rest).toEqual(before);
    });

    it("replaces only the audience lists it names, and clears what is sent as null", async () => {
      const created = (await (await create(a, full)).json()).campaign;
      const res = await patch(a, created.id, {
        targetAudience: { regions: ["Busan"] },
        productUrl: null,
        matchingWeights: null,
      });
      expect(res.status).toBe(200);
      const { campaign } = await res.json();
      expect(campaign.targetAudience).toEqual({ ...full.targetAudience, regions: ["Busan"] });
      expect(campaign.productUrl).toBeNull();
      expect(campaign.matchingWeights).toBeNull();
      expect(campaign.currency).toBe("USD");
    });

    it("refuses an empty PATCH and a PATCH that only names a version", async () => {
      const mine = await createCampaignFor(a.brand.id);
      expect(await fieldsOf(await patch(a, mine.id, {}))).toEqual(["(root)"]);
      expect(await fieldsOf(await patch(a, mine.id, { version: 1 }))).toEqual(["(root)"]);
    });

    it("refuses a currency change without the budget in that currency", async () => {
      const mine = await createCampaignFor(a.brand.id);
      expect(await fieldsOf(await patch(a, mine.id, { currency: "USD" }))).toEqual(["budget"]);
      const both = await patch(a, mine.id, { currency: "USD", budget: 700_000 });
      expect((await both.json()).campaign).toMatchObject({ currency: "USD", budget: 700_000 });
    });

    it("checks end after start against the stored dates", async () => {
      const created = (await (await create(a, full)).json()).campaign;
      expect(await fieldsOf(await patch(a, created.id, { endsAt: "2027-01-01" }))).toEqual([
        "endsAt",
      ]);
    });

    it("answers 409 when the version sent is not the stored one, and changes nothing", async () => {
      const created = (await (await create(a, full)).json()).campaign;
      await patch(a, created.id, { title: "First writer" });
      const stale = await patch(a, created.id, {
        title: "Second writer",
        version: created.version,
      });
      expect(stale.status).toBe(409);
      const stored = await prisma.campaign.findUniqueOrThrow({ where: { id: created.id } });
      expect(stored.title).toBe("First writer");
    });
  });

  describe("status moves", () => {
    it("records every move with who and when, starting with the creation, and serves it", async () => {
      const started = Date.now();
      const created = (await (await create(a, full)).json()).campaign;
      for (const status of ["ACTIVE", "PAUSED", "ACTIVE", "COMPLETED"]) {
        expect((await patch(a, created.id, { status })).status).toBe(200);
      }
      const history = await prisma.campaignStatusChange.findMany({
        where: { campaignId: created.id },
        orderBy: { createdAt: "asc" },
      });
      expect(new Set(history.map((h) => h.actorId))).toEqual(new Set([a.manager.id]));

      const res = await historyRoute(
        await apiRequest(`/api/v1/campaigns/${created.id}/status-history`, {
          userId: a.manager.id,
        }),
        routeParams({ id: created.id }),
      );
      expect(res.status).toBe(200);
      const { items } = await res.json();
      expect(items.map((i: { from: string | null; to: string }) => [i.from, i.to])).toEqual([
        [null, "DRAFT"],
        ["DRAFT", "ACTIVE"],
        ["ACTIVE", "PAUSED"],
        ["PAUSED", "ACTIVE"],
        ["ACTIVE", "COMPLETED"],
      ]);
      expect(items[0]).toEqual({
        id: history[0].id,
        from: null,
        to: "DRAFT",
        at: history[0].createdAt.toISOString(),
        by: a.manager.name,
      });
      const times = items.map((i: { at: string }) => Date.parse(i.at));
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(times[0]).toBeGreaterThanOrEqual(started - 1000);
    });

    it("keeps a completed campaign final and uneditable", async () => {
      const mine = await createCampaignFor(a.brand.id);
      expect((await patch(a, mine.id, { status: "COMPLETED" })).status).toBe(200);
      for (const body of [{ status: "ACTIVE" }, { status: "PAUSED" }, { title: "Edited after" }]) {
        const res = await patch(a, mine.id, body);
        expect(res.status).toBe(409);
        expect((await res.json()).error.code).toBe("conflict");
      }
    });

    it("never lets a concurrent move leave a completed campaign (200 requests, 10 rounds)", async () => {
      for (let round = 0; round < 10; round++) {
        const mine = await createCampaignFor(a.brand.id);
        const targets = ["COMPLETED", "PAUSED", "ACTIVE", "PAUSED", "ACTIVE"] as const;
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, i) => patch(a, mine.id, { status: targets[i % 5] })),
        );
        const statuses = answers.map((r) => r.status);
        expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
        const completedOk = (
          await Promise.all(
            answers.map(async (r) => (r.status === 200 ? (await r.json()).campaign.status : null)),
          )
        ).includes("COMPLETED");
        const stored = await prisma.campaign.findUniqueOrThrow({ where: { id: mine.id } });
        const history = await prisma.campaignStatusChange.findMany({
          where: { campaignId: mine.id },
          orderBy: [{ createdAt: "asc" }],
        });
        if (completedOk) expect(stored.status).toBe("COMPLETED");
        // The history is one legal path ending in the stored status.
        let at = "ACTIVE";
        for (const h of history) {
          expect(h.fromStatus).toBe(at);
          at = h.toStatus;
        }
        expect(at).toBe(stored.status);
        expect(history.filter((h) => h.fromStatus === "COMPLETED")).toEqual([]);
      }
    });
  });

  describe("cursors", () => {
    it("pages through the caller's own list and refuses another's or a forged cursor", async () => {
      const t = await createBrandWithManager();
      // a second apart: created in one millisecond, their order would fall to the ids
      const base = Date.now() - 10_000;
      for (let i = 0; i < 5; i++) {
        await createCampaignFor(t.brand.id, {
          title: `Page ${i}`,
          createdAt: new Date(base + i * 1000),
        });
      }
      const titles: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await listRoute(
          await apiRequest(`/api/v1/campaigns?limit=2${cursor ? `&cursor=${cursor}` : ""}`, {
            userId: t.manager.id,
          }),
          noParams,
        );
        expect(res.status).toBe(200);
        const page: { campaigns: { title: string }[]; nextCursor: string | null } =
          await res.json();
        titles.push(...page.campaigns.map((c) => c.title));
        cursor = page.nextCursor;
      } while (cursor);
      expect(titles).toEqual(["Page 4", "Page 3", "Page 2", "Page 1", "Page 0"]);

      const first = await (
        await listRoute(
          await apiRequest(`/api/v1/campaigns?limit=1`, { userId: t.manager.id }),
          noParams,
        )
      ).json();
      const theirs = await createCampaignFor(b.brand.id);
      for (const foreign of [first.nextCursor, theirs.id, `${theirs.id}.AAAA`]) {
        const res = await listRoute(
          await apiRequest(`/api/v1/campaigns?cursor=${encodeURIComponent(foreign)}`, {
            userId: a.manager.id,
          }),
          noParams,
        );
        expect(await fieldsOf(res)).toEqual(["query.cursor"]);
      }
    });
  });

  it("another brand's campaign answers 404 to every write and changes nothing", async () => {
    const theirs = await createCampaignFor(b.brand.id);
    for (const body of [{ title: "Hijack" }, { status: "COMPLETED" }, { budget: 1 }]) {
      expect((await patch(a, theirs.id, body)).status).toBe(404);
    }
    const read = await getRoute(
      await apiRequest(`/api/v1/campaigns/${theirs.id}`, { userId: a.manager.id }),
      routeParams({ id: theirs.id }),
    );
    expect(read.status).toBe(404);
    const history = await historyRoute(
      await apiRequest(`/api/v1/campaigns/${theirs.id}/status-history`, { userId: a.manager.id }),
      routeParams({ id: theirs.id }),
    );
    expect(history.status).toBe(404);
    const stored = await prisma.campaign.findUniqueOrThrow({ where: { id: theirs.id } });
    expect([stored.title, stored.status, stored.version]).toEqual([
      theirs.title,
      "ACTIVE",
      theirs.version,
    ]);
  });
});
