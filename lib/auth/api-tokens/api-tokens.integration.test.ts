// API tokens through the real routes: a token acts as its brand with the session's
// rules, a revoked or unknown one is 401 with a WWW-Authenticate challenge, a read
// token cannot write, another brand's token finds nothing of yours (404), tokens stay
// out of admin and personal endpoints, and the origin check applies to cookies only.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listCampaigns, POST as createCampaign } from "@/app/api/v1/campaigns/route";
import { GET as getCampaign, PATCH as patchCampaign } from "@/app/api/v1/campaigns/[id]/route";
import { GET as adminJobs } from "@/app/api/v1/admin/jobs/route";
import { GET as notifications } from "@/app/api/v1/notifications/route";
import { loadSessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db/client";
import { apiRequest, apiTokenFor, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";
import { createApiTokenAction, revokeApiTokenAction } from "./api-token-actions";
import { listApiTokens } from "./list-api-tokens";

const noParams = routeParams({});
const acting = (userId: string) => async () => loadSessionUser(userId);
const newCampaign = {
  title: "API launch",
  category: "beauty",
  budget: 5_000_000,
  targetAudience: { ageRanges: ["18-24"], genders: ["female"], countries: ["KR"] },
};

describe("API tokens", () => {
  let a: Awaited<ReturnType<typeof createBrandWithManager>>;
  let b: Awaited<ReturnType<typeof createBrandWithManager>>;

  beforeAll(async () => {
    a = await createBrandWithManager();
    b = await createBrandWithManager();
  });

  it("is created once with its secret, listed without it, used, and revoked to 401", async () => {
    const created = await createApiTokenAction(acting(a.manager.id))({
      brandId: a.brand.id,
      name: "Sheets sync",
      scopes: ["read"],
    });
    if (!created.ok) throw new Error(created.error.message);
    const { token, secret } = created.data;
    expect(secret).toMatch(/^cm_live_[0-9A-Za-z]{12}_[0-9A-Za-z]{43}$/);
    expect(token).toMatchObject({
      brandId: a.brand.id,
      name: "Sheets sync",
      displayPrefix: secret.slice(0, 20),
      scopes: ["read"],
      createdBy: { id: a.manager.id },
      lastUsedAt: null,
      revokedAt: null,
    });
    // Only the hash is stored; the list never carries the secret.
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(Buffer.from(row.secretHash).toString("hex")).not.toContain(secret.slice(21));
    expect(
      JSON.stringify(await listApiTokens((await loadSessionUser(a.manager.id))!)),
    ).not.toContain(secret.slice(21));

    const mine = await createCampaignFor(a.brand.id, { title: "Mine via token" });
    await createCampaignFor(b.brand.id, { title: "Theirs, not via token" });
    const ok = await listCampaigns(
      await apiRequest("/api/v1/campaigns", { bearer: secret }),
      noParams,
    );
    expect(ok.status).toBe(200);
    const titles = ((await ok.json()) as { campaigns: { title: string; brandId: string }[] })
      .campaigns;
    expect(titles.map((c) => c.title)).toContain(mine.title);
    expect(new Set(titles.map((c) => c.brandId))).toEqual(new Set([a.brand.id]));
    const used = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(used.lastUsedAt).not.toBeNull();

    const revoked = await revokeApiTokenAction(acting(a.manager.id))({ tokenId: token.id });
    expect(revoked).toMatchObject({ ok: true, data: { id: token.id } });
    const gone = await listCampaigns(
      await apiRequest("/api/v1/campaigns", { bearer: secret }),
      noParams,
    );
    expect(gone.status).toBe(401);
    expect(gone.headers.get("www-authenticate")).toBe(
      'Bearer realm="creator-match", error="invalid_token", error_description="The token is unknown, revoked or malformed"',
    );
    expect(await gone.json()).toEqual({
      error: {
        code: "unauthorized",
        message: "The API token is unknown, revoked or malformed",
        requestId: gone.headers.get("x-request-id"),
      },
    });
  });

  it("answers 401 with a challenge to unknown, malformed and missing credentials", async () => {
    const { secret } = await apiTokenFor(a.manager.id, a.brand.id);
    const wrongSecret = secret.slice(0, -4) + (secret.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (const bearer of [wrongSecret, "cm_live_nope", "", "eyJhbGciOiJIUzI1NiJ9.e30.x"]) {
      const res = await listCampaigns(await apiRequest("/api/v1/campaigns", { bearer }), noParams);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
    const anonymous = await listCampaigns(await apiRequest("/api/v1/campaigns"), noParams);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="creator-match"');
  });

  it("lets a read token read and refuses its writes with 403 insufficient_scope", async () => {
    const { secret } = await apiTokenFor(a.manager.id, a.brand.id, ["read"]);
    const res = await createCampaign(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        bearer: secret,
        body: { ...newCampaign, brandId: a.brand.id },
      }),
      noParams,
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("www-authenticate")).toBe(
      'Bearer realm="creator-match", error="insufficient_scope", scope="write"',
    );
    expect((await res.json()).error.message).toBe('This API token lacks the "write" scope');

    const write = await apiTokenFor(a.manager.id, a.brand.id, ["read", "write"]);
    const created = await createCampaign(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        bearer: write.secret,
        body: { ...newCampaign, brandId: a.brand.id },
      }),
      noParams,
    );
    expect(created.status).toBe(201);
    const { campaign } = await created.json();
    expect(campaign).toMatchObject({ brandId: a.brand.id, status: "DRAFT" });
    // Written as the token's creator: the campaign says who.
    const row = await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(row.createdById).toBe(a.manager.id);
  });

  it("cannot see or touch another brand's campaign (404), nor create for it", async () => {
    const theirs = await createCampaignFor(b.brand.id);
    const { secret } = await apiTokenFor(a.manager.id, a.brand.id);
    const read = await getCampaign(
      await apiRequest(`/api/v1/campaigns/${theirs.id}`, { bearer: secret }),
      routeParams({ id: theirs.id }),
    );
    expect(read.status).toBe(404);
    const patch = await patchCampaign(
      await apiRequest(`/api/v1/campaigns/${theirs.id}`, {
        method: "PATCH",
        bearer: secret,
        body: { title: "Hijacked" },
      }),
      routeParams({ id: theirs.id }),
    );
    expect(patch.status).toBe(404);
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe(
      theirs.title,
    );
    const create = await createCampaign(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        bearer: secret,
        body: { ...newCampaign, brandId: b.brand.id },
      }),
      noParams,
    );
    expect(create.status).toBe(403);
  });

  it("acts for its brand only, even when its creator manages two brands", async () => {
    const second = await prisma.brand.create({
      data: {
        name: "Second brand",
        category: "food",
        members: { create: { userId: a.manager.id } },
      },
    });
    const other = await createCampaignFor(second.id);
    const { secret } = await apiTokenFor(a.manager.id, a.brand.id);
    const res = await getCampaign(
      await apiRequest(`/api/v1/campaigns/${other.id}`, { bearer: secret }),
      routeParams({ id: other.id }),
    );
    expect(res.status).toBe(404);
  });

  it("is refused (403) on admin routes and on personal endpoints", async () => {
    const { secret } = await apiTokenFor(a.manager.id, a.brand.id);
    expect(
      (await adminJobs(await apiRequest("/api/v1/admin/jobs", { bearer: secret }), noParams))
        .status,
    ).toBe(403);
    const personal = await notifications(
      await apiRequest("/api/v1/notifications", { bearer: secret }),
      noParams,
    );
    expect(personal.status).toBe(403);
    expect((await personal.json()).error.message).toBe(
      "This endpoint is not available to API tokens",
    );
  });

  it("ignores cookies beside a token, so only a cookie write is held to the origin check", async () => {
    const { secret } = await apiTokenFor(a.manager.id, a.brand.id);
    const foreign = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    // A cookie alone from another site: refused.
    const cookieOnly = await createCampaign(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        userId: b.manager.id,
        headers: foreign,
        body: { ...newCampaign, brandId: b.brand.id },
      }),
      noParams,
    );
    expect(cookieOnly.status).toBe(403);
    expect((await cookieOnly.json()).error.message).toBe("Requests from other sites are refused");
    // A token (a browser page of another site cannot add it): the token decides, and
    // brand B's cookie beside it grants nothing.
    const withToken = await createCampaign(
      await apiRequest("/api/v1/campaigns", {
        method: "POST",
        userId: b.manager.id,
        bearer: secret,
        headers: foreign,
        body: { ...newCampaign, brandId: b.brand.id },
      }),
      noParams,
    );
    expect(withToken.status).toBe(403);
    expect((await withToken.json()).error.message).toBe("You do not manage this brand");
    // A revoked token with a good cookie is still 401: the cookie is never read.
    const revoked = await apiTokenFor(b.manager.id, b.brand.id);
    await prisma.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    const res = await listCampaigns(
      await apiRequest("/api/v1/campaigns", { userId: b.manager.id, bearer: revoked.secret }),
      noParams,
    );
    expect(res.status).toBe(401);
  });

  it("ends when its creator leaves the brand, and only the brand's managers revoke it", async () => {
    const c = await createBrandWithManager();
    const colleague = await prisma.user.create({
      data: { email: `colleague-${Date.now()}@test.local`, role: "BRAND_MANAGER" },
    });
    await prisma.brandMember.create({ data: { brandId: c.brand.id, userId: colleague.id } });
    const token = await apiTokenFor(colleague.id, c.brand.id);

    const outsider = await revokeApiTokenAction(acting(a.manager.id))({ tokenId: token.id });
    expect(outsider).toMatchObject({ ok: false, error: { code: "not_found" } });
    const live = await listCampaigns(
      await apiRequest("/api/v1/campaigns", { bearer: token.secret }),
      noParams,
    );
    expect(live.status).toBe(200);

    await prisma.brandMember.delete({
      where: { brandId_userId: { brandId: c.brand.id, userId: colleague.id } },
    });
    const left = await listCampaigns(
      await apiRequest("/api/v1/campaigns", { bearer: token.secret }),
      noParams,
    );
    expect(left.status).toBe(401);
    // The owner still sees it and can revoke it.
    const owners = await listApiTokens((await loadSessionUser(c.manager.id))!);
    expect(owners.map((t) => t.id)).toContain(token.id);
    const revoked = await revokeApiTokenAction(acting(c.manager.id))({ tokenId: token.id });
    expect(revoked).toMatchObject({ ok: true, data: { id: token.id } });
  });

  it("refuses bad input, other brands and a 21st live token", async () => {
    const action = createApiTokenAction(acting(a.manager.id));
    expect(await action({ brandId: a.brand.id, name: "", scopes: [] })).toMatchObject({
      ok: false,
      error: {
        code: "validation_failed",
        fields: { name: expect.any(Array), scopes: expect.any(Array) },
      },
    });
    expect(await action({ brandId: b.brand.id, name: "x", scopes: ["read"] })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    const d = await createBrandWithManager();
    const forD = createApiTokenAction(acting(d.manager.id));
    for (let i = 0; i < 20; i++) {
      expect((await forD({ brandId: d.brand.id, name: `t${i}`, scopes: ["read"] })).ok).toBe(true);
    }
    expect(await forD({ brandId: d.brand.id, name: "t21", scopes: ["read"] })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });
});
