import { describe, expect, it, beforeAll } from "vitest";
import { GET as listRoute, POST as createRoute } from "./route";
import { GET as getRoute, PATCH as patchRoute } from "./[id]/route";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor, createUser } from "@/test/helpers/fixtures";

const noParams = routeParams({});

const validCampaign = {
  title: "Spring cushion launch",
  category: "beauty",
  budget: 12_000_000,
  startsAt: "2026-12-01",
  endsAt: "2026-12-31",
  targetAudience: {
    ageRanges: ["18-24", "25-34"],
    genders: ["female"],
    countries: ["KR"],
    regions: ["Seoul"],
  },
};

describe("campaigns API", () => {
  let a: Awaited<ReturnType<typeof createBrandWithManager>>;
  let b: Awaited<ReturnType<typeof createBrandWithManager>>;

  beforeAll(async () => {
    a = await createBrandWithManager("Brand A");
    b = await createBrandWithManager("Brand B");
  });

  it("creates a draft campaign for the manager's own brand", async () => {
    const res = await createRoute(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        userId: a.manager.id,
        body: validCampaign,
      }),
      noParams,
    );
    expect(res.status).toBe(201);
    const { campaign } = await res.json();
    expect(campaign).toMatchObject({
      brandId: a.brand.id,
      status: "DRAFT",
      budget: 12_000_000,
      currency: "KRW",
    });
    expect(campaign.targetAudience.ageRanges).toEqual(["18-24", "25-34"]);
  });

  it("answers 401 to an anonymous caller", async () => {
    const res = await listRoute(await apiRequest("/api/v1/campaigns"), noParams);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthorized");
  });

  it("answers 403 to a creator", async () => {
    const creator = await createUser("CREATOR");
    const res = await listRoute(
      await apiRequest("/api/v1/campaigns", { userId: creator.id }),
      noParams,
    );
    expect(res.status).toBe(403);
  });

  it("rejects malformed JSON with 400 and wrongly typed fields with 422 and field messages", async () => {
    const broken = await createRoute(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        userId: a.manager.id,
        rawBody: "{title:",
      }),
      noParams,
    );
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe("invalid_json");

    const wrong = await createRoute(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        userId: a.manager.id,
        body: {
          ...validCampaign,
          budget: "lots",
          targetAudience: { ageRanges: ["20-29"] },
          endsAt: "2026-11-01",
        },
      }),
      noParams,
    );
    expect(wrong.status).toBe(422);
    const { error } = await wrong.json();
    expect(Object.keys(error.fields)).toEqual(
      expect.arrayContaining(["budget", "targetAudience.ageRanges.0"]),
    );
  });

  it("refuses to create a campaign for another brand", async () => {
    const res = await createRoute(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        userId: a.manager.id,
        body: { ...validCampaign, brandId: b.brand.id },
      }),
      noParams,
    );
    expect(res.status).toBe(403);
  });

  it("never lists, reads or edits another brand's campaigns", async () => {
    const theirs = await createCampaignFor(b.brand.id, { title: "B secret launch" });

    const list = await listRoute(
      await apiRequest("/api/v1/campaigns?limit=100", { userId: a.manager.id }),
      noParams,
    );
    const titles = (await list.json()).campaigns.map((c: { title: string }) => c.title);
    expect(titles).not.toContain("B secret launch");

    const read = await getRoute(
      await apiRequest(`/api/v1/campaigns/${theirs.id}`, { userId: a.manager.id }),
      routeParams({ id: theirs.id }),
    );
    expect(read.status).toBe(404);

    const edit = await patchRoute(
      await apiRequest(`/api/v1/campaigns/${theirs.id}`, {
        method: "PATCH",
        userId: a.manager.id,
        body: { title: "Hijacked" },
      }),
      routeParams({ id: theirs.id }),
    );
    expect(edit.status).toBe(404);

    const own = await getRoute(
      await apiRequest(`/api/v1/campaigns/${theirs.id}`, { userId: b.manager.id }),
      routeParams({ id: theirs.id }),
    );
    expect((await own.json()).campaign.title).toBe("B secret launch");
  });

  it("enforces the campaign status machine", async () => {
    const mine = await createCampaignFor(a.brand.id);
    const pause = await patchRoute(
      await apiRequest(`/api/v1/campaigns/${mine.id}`, {
        method: "PATCH",
        userId: a.manager.id,
        body: { status: "PAUSED" },
      }),
      routeParams({ id: mine.id }),
    );
    expect(pause.status).toBe(200);
    const backToDraft = await patchRoute(
      await apiRequest(`/api/v1/campaigns/${mine.id}`, {
        method: "PATCH",
        userId: a.manager.id,
        body: { status: "DRAFT" },
      }),
      routeParams({ id: mine.id }),
    );
    expect(backToDraft.status).toBe(409);
  });

  it("answers 4xx, never 500, for input Postgres could not store", async () => {
    const admin = await createUser("ADMIN");
    const ghostBrand = await createRoute(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        userId: admin.id,
        body: { ...validCampaign, brandId: "00000000-0000-4000-8000-000000000000" },
      }),
      noParams,
    );
    expect(ghostBrand.status).toBe(404);

    const odd = await createRoute(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        userId: a.manager.id,
        body: {
          ...validCampaign,
          title: "Launch\u0000",
          startsAt: "-010000-01-01T00:00:00Z",
          productUrl: "javascript:alert(1)",
        },
      }),
      noParams,
    );
    expect(odd.status).toBe(422);
    expect(Object.keys((await odd.json()).error.fields).sort()).toEqual([
      "productUrl",
      "startsAt",
      "title",
    ]);
  });

  it("answers 422 for a malformed id rather than 500", async () => {
    const res = await getRoute(
      await apiRequest(`/api/v1/campaigns/not-a-uuid`, { userId: a.manager.id }),
      routeParams({ id: "not-a-uuid" }),
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields["params.id"]).toBeDefined();
  });
});
