import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "./route";
import { pool } from "@/lib/db/client";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import { loadStoredCampaign, rankStoredCampaign } from "@/lib/matching/feature-store/ranking";
import { importCreatorRecords } from "@/lib/creators/import-creator-records";
import type { CreatorRecord } from "@/lib/matching/engine/types";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor, createUser } from "@/test/helpers/fixtures";

const DAY = 86_400_000;
const tag = `rt-${Date.now().toString(36)}`;
// Every creator of this file lives in Sejong (no other test file uses it), so `regions=Sejong` isolates them from
// creators other test files put in the shared database.
const REGION = "Sejong";

function creator(
  key: string,
  over: Partial<CreatorRecord> & { female: number; views: number },
): CreatorRecord {
  const { female, views, ...rest } = over;
  return {
    id: `${tag}-${key}`,
    platform: "youtube",
    channelName: `${key} channel`,
    subscribers: views * 8,
    categories: ["beauty"],
    region: REGION,
    country: "KR",
    ratePerVideo: 1_000_000,
    currency: "KRW",
    videos: Array.from({ length: 20 }, (_, i) => ({
      publishedAt: new Date(Date.now() - (5 + i * 6) * DAY).toISOString(),
      views: Math.round(views * (0.8 + (i % 5) / 10)),
      likes: Math.round(views * 0.04),
      comments: Math.round(views * 0.004),
    })),
    audience: {
      age: { "18-24": 0.45, "25-34": 0.35, "35-44": 0.2 },
      gender: { female, male: 1 - female },
      countries: { KR: 0.95, US: 0.05 },
    },
    ...rest,
  };
}

const roster = {
  // the one creator whose audience comes from its own YouTube Analytics
  beauty: creator("beauty", { female: 0.85, views: 40_000, audienceSource: "verified" }),
  fashion: creator("fashion", { female: 0.75, views: 30_000, categories: ["fashion"] }),
  gaming: creator("gaming", { female: 0.1, views: 30_000, categories: ["gaming"] }),
  mega: creator("mega", {
    female: 0.5,
    views: 400_000,
    subscribers: 3_000_000,
    categories: ["food"],
    ratePerVideo: 50_000_000,
  }),
};

type Result = {
  id: string;
  score: number;
  factors: Record<string, number>;
  creator: { name: string; tier: string };
};

describe("GET /api/v1/campaigns/:id/creators", () => {
  let owner: Awaited<ReturnType<typeof createBrandWithManager>>;
  let other: Awaited<ReturnType<typeof createBrandWithManager>>;
  let campaignId: string;
  const ids: Record<keyof typeof roster, string> = {
    beauty: "",
    fashion: "",
    gaming: "",
    mega: "",
  };

  const get = async (query: string, userId?: string, id = campaignId) =>
    GET(
      await apiRequest(`/api/v1/campaigns/${id}/creators${query}`, { userId }),
      routeParams({ id }),
    );

  beforeAll(async () => {
    owner = await createBrandWithManager();
    other = await createBrandWithManager();
    campaignId = (await createCampaignFor(owner.brand.id)).id;
    const keys = Object.keys(roster) as (keyof typeof roster)[];
    const { creatorIds } = await importCreatorRecords(
      pool,
      keys.map((k) => roster[k]),
    );
    keys.forEach((k, i) => (ids[k] = creatorIds[i]));
    // The index is per process; other files may have loaded it already.
    await (await getFeatureIndexCache()).refresh();
  });

  it("ranks the stored creators for the owner's campaign, best first, with explanations", async () => {
    const res = await get(`?regions=${REGION}&limit=10`, owner.manager.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(4);
    expect(body.nextCursor).toBeNull();
    const results: Result[] = body.results;
    expect(results.map((r) => r.id).sort()).toEqual(Object.values(ids).sort());
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // a beauty campaign for women: the female beauty audience beats the male gaming one
    const pos = (id: string) => results.findIndex((r) => r.id === id);
    expect(pos(ids.beauty)).toBeLessThan(pos(ids.gaming));
    expect(pos(ids.fashion)).toBeLessThan(pos(ids.gaming));
    const top = results[pos(ids.beauty)];
    expect(top).toMatchObject({
      id: ids.beauty,
      platform: "youtube",
      confidence: expect.stringMatching(/^(high|medium|low)$/),
      creator: {
        name: "beauty channel",
        channelTitle: "beauty channel",
        tier: "macro",
        subscribers: 320_000,
      },
    });
    expect(Object.keys(top.factors).sort()).toEqual([
      "audienceOverlap",
      "budgetFit",
      "categoryMatch",
      "performancePrediction",
    ]);
    expect(body.results[0].forecast.views.max).toBeGreaterThanOrEqual(
      body.results[0].forecast.views.min,
    );
    expect(body.results[0].reasons.length).toBeGreaterThan(0);
    // the over-budget creator carries the risk that says so
    const mega = body.results[pos(ids.mega)];
    expect(mega.risks.map((r: { code: string }) => r.code).join(" ")).toMatch(/budget/);
  });

  it("marks creators already matched to the campaign, orders by value per won, shows audience quality", async () => {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO matches (id, updated_at, campaign_id, creator_id, status, score, audience_overlap, category_match,
         performance_prediction, budget_fit, confidence, forecast, predicted_views_min,
         predicted_views_max, features_at_proposal)
       VALUES (gen_random_uuid(), now(), $1, $2, 'NEGOTIATING', 80, 80, 80, 80, 80, 'HIGH', '{}', 1, 2, '{}') RETURNING id`,
      [campaignId, ids.beauty],
    );
    const res = await get(`?regions=${REGION}&limit=10&sort=value`, owner.manager.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.sort).toBe("value");
    type Row = Result & {
      match: { id: string; status: string; proposals: number } | null;
      value: { targetViewsPerMillion: number; withinBudget: boolean };
      audienceQuality: { score: number; signals: { code: string }[] };
    };
    const results: Row[] = body.results;
    expect(results.find((r) => r.id === ids.beauty)!.match).toEqual({
      id: rows[0].id,
      status: "NEGOTIATING",
      proposals: 1,
    });
    expect(results.filter((r) => r.id !== ids.beauty).every((r) => r.match === null)).toBe(true);
    const values = results
      .filter((r) => r.value.withinBudget)
      .map((r) => r.value.targetViewsPerMillion);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // A rate above the whole budget ranks after every creator within it. (Which others
    // fall outside depends on the fitted model's estimated rates, which other test
    // files refit: assert the rule, not one position.)
    const within = results.map((r) => r.value.withinBudget);
    expect(within).toEqual([...within].sort((a, b) => Number(b) - Number(a)));
    expect(results.find((r) => r.id === ids.mega)!.value.withinBudget).toBe(false);
    for (const r of results) {
      expect(r.audienceQuality.score).toBeGreaterThanOrEqual(0);
      expect(r.audienceQuality.signals.map((x) => x.code)).toContain("views_per_subscriber");
    }
    await pool.query("DELETE FROM matches WHERE id = $1", [rows[0].id]);
  });

  it("answers, byte for byte, the page the in-process ranking gives (the bytes come from the worker)", async () => {
    const res = await get(`?regions=${REGION}&limit=3`, owner.manager.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    const campaign = await loadStoredCampaign(pool, campaignId);
    const inProcess = await rankStoredCampaign(pool, await getFeatureIndexCache(), campaign!, {
      filters: { regions: [REGION] },
      limit: 3,
      offset: 0,
      campaignId,
    });
    expect(body.results).toHaveLength(3);
    expect(body.results).toEqual(JSON.parse(JSON.stringify(inProcess.results)));
    expect(body.total).toBe(inProcess.total);
  });

  it("applies the query's filters on top of the campaign's", async () => {
    const tiers = await (await get(`?regions=${REGION}&tiers=mega`, owner.manager.id)).json();
    expect(tiers.results.map((r: Result) => r.id)).toEqual([ids.mega]);

    const cheap = await (await get(`?regions=${REGION}&maxRate=2000000`, owner.manager.id)).json();
    expect(cheap.results.map((r: Result) => r.id)).not.toContain(ids.mega);
    expect(cheap.total).toBe(3);

    const excluded = await (
      await get(`?regions=${REGION}&exclude=${ids.beauty},${ids.gaming}`, owner.manager.id)
    ).json();
    expect(excluded.results.map((r: Result) => r.id).sort()).toEqual(
      [ids.fashion, ids.mega].sort(),
    );

    const categories = await (
      await get(`?regions=${REGION}&categories=gaming`, owner.manager.id)
    ).json();
    expect(categories.results.map((r: Result) => r.id)).toEqual([ids.gaming]);
  });

  it("filters by platform, score floor and verified audience over every creator, not one page", async () => {
    const q = (extra: string) => get(`?regions=${REGION}&limit=1${extra}`, owner.manager.id);
    const all = await (await get(`?regions=${REGION}&limit=100`, owner.manager.id)).json();
    const scores = all.results.map((r: Result) => r.score);
    const floor = scores[2];

    const floored = await (await q(`&minScore=${floor}`)).json();
    expect(floored.total).toBe(scores.filter((s: number) => s >= floor).length);
    expect(floored.results.map((r: Result) => r.id)).toEqual([all.results[0].id]);

    // The campaign wants YouTube: a platform filter narrows that, never widens it.
    const youtube = await (await q("&platforms=youtube")).json();
    expect(youtube.total).toBe(all.total);
    const instagram = await (await q("&platforms=instagram")).json();
    expect(instagram).toMatchObject({ results: [], total: 0 });

    const verified = await (await q("&verified=true")).json();
    expect(verified.results.map((r: Result) => r.id)).toEqual([ids.beauty]);
    expect(verified.total).toBe(1);

    const verifiedAbove = await (await q(`&verified=1&minScore=100`)).json();
    expect(verifiedAbove.total).toBe(0);
  });

  it("pages with an opaque cursor bound to the query", async () => {
    const all = (
      await (await get(`?regions=${REGION}&limit=4`, owner.manager.id)).json()
    ).results.map((r: Result) => r.id);
    const first = await (await get(`?regions=${REGION}&limit=3`, owner.manager.id)).json();
    expect(first.results).toHaveLength(3);
    expect(typeof first.nextCursor).toBe("string");
    const second = await (
      await get(
        `?regions=${REGION}&limit=3&cursor=${encodeURIComponent(first.nextCursor)}`,
        owner.manager.id,
      )
    ).json();
    expect(second.nextCursor).toBeNull();
    expect(second.truncated).toBe(false);
    expect([first.offset, second.offset]).toEqual([0, 3]);
    expect([...first.results, ...second.results].map((r: Result) => r.id)).toEqual(all);

    const foreign = await get(
      `?regions=Seoul&limit=3&cursor=${encodeURIComponent(first.nextCursor)}`,
      owner.manager.id,
    );
    expect(foreign.status).toBe(422);
    expect((await foreign.json()).error.fields["query.cursor"]).toBeDefined();

    const garbage = await get(`?cursor=not-a-cursor`, owner.manager.id);
    expect(garbage.status).toBe(422);
  });

  it("serves admins", async () => {
    const admin = await createUser("ADMIN");
    const res = await get(`?regions=${REGION}`, admin.id);
    expect(res.status).toBe(200);
    expect((await res.json()).total).toBe(4);
  });

  it("hides the campaign from another brand (404), refuses creators (403) and anonymous callers (401)", async () => {
    const foreign = await get("", other.manager.id);
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).error.code).toBe("not_found");

    const creatorUser = await createUser("CREATOR");
    expect((await get("", creatorUser.id)).status).toBe(403);

    const anonymous = await get("");
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthorized");
  });

  it("answers 404 for a campaign that does not exist, even to an admin", async () => {
    const admin = await createUser("ADMIN");
    const res = await get("", admin.id, "3f0c0a52-6a4e-4b8e-9d55-000000000000");
    expect(res.status).toBe(404);
  });

  it("rejects a bad query with 422 and the fields at fault", async () => {
    const res = await get("?limit=0&tiers=giant&maxRate=-5&exclude=nope", owner.manager.id);
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields)).toEqual(
      expect.arrayContaining(["query.limit", "query.tiers.0", "query.maxRate", "query.exclude.0"]),
    );

    // a misspelt filter is refused, not ignored
    const misspelt = await get("?tier=macro", owner.manager.id);
    expect(misspelt.status).toBe(422);
    expect((await misspelt.json()).error.fields).toEqual({ "query.tier": ["Unknown field"] });

    const badId = await get("", owner.manager.id, "not-a-uuid");
    expect(badId.status).toBe(422);
    expect(Object.keys((await badId.json()).error.fields)).toContain("params.id");
  });
});
