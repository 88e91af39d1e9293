import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "./route";
import { GET as RANK } from "../route";
import { pool } from "@/lib/db/client";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import { importCreatorRecords } from "@/lib/creators/import-creator-records";
import type { CreatorRecord } from "@/lib/matching/engine/types";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";
import { insertMatch } from "@/lib/reporting/test-fixtures";

const DAY = 86_400_000;
const tag = `cd-${Date.now().toString(36)}`;
const REGION = "Jeju";

const record: CreatorRecord = {
  id: `${tag}-one`,
  platform: "youtube",
  channelName: `${tag} detail channel`,
  subscribers: 120_000,
  categories: ["beauty"],
  region: REGION,
  country: "KR",
  ratePerVideo: 1_000_000,
  currency: "KRW",
  // 12 videos, newest first: the route returns the 10 newest
  videos: Array.from({ length: 12 }, (_, i) => ({
    publishedAt: new Date(Date.UTC(2026, 10, 30) - i * 3 * DAY).toISOString(),
    views: 10_000 + i,
    likes: 400 + i,
    comments: 40 + i,
  })),
  audience: {
    age: { "18-24": 0.5, "25-34": 0.5 },
    gender: { female: 0.8, male: 0.2 },
    countries: { KR: 1 },
  },
  audienceSource: "verified",
};

describe("GET /api/v1/campaigns/:id/creators/:creatorId", () => {
  let owner: Awaited<ReturnType<typeof createBrandWithManager>>;
  let other: Awaited<ReturnType<typeof createBrandWithManager>>;
  let campaignId: string;
  let creatorId: string;
  const statsFetchedAt = new Date("2026-11-20T08:00:00.000Z");

  const get = async (userId: string, id = campaignId, cid = creatorId) =>
    GET(
      await apiRequest(`/api/v1/campaigns/${id}/creators/${cid}`, { userId }),
      routeParams({ id, creatorId: cid }),
    );

  beforeAll(async () => {
    owner = await createBrandWithManager();
    other = await createBrandWithManager();
    campaignId = (await createCampaignFor(owner.brand.id)).id;
    creatorId = (await importCreatorRecords(pool, [record])).creatorIds[0];
    // The channel's statistics as fetched from the creator's own analytics.
    // The channel row's own median and engagement, stale against the features the score
    // read: the panel must show the features' (one number per figure on the panel).
    await pool.query(
      `UPDATE channels SET stats_source = 'VERIFIED', stats_fetched_at = $2,
                           median_views = 1, engagement_rate = 0.99
        WHERE creator_id = $1`,
      [creatorId, statsFetchedAt],
    );
    await (await getFeatureIndexCache()).refresh();
  });

  it("returns the creator's ranked result with sources, fetch dates and the last 10 videos", async () => {
    const res = await get(owner.manager.id);
    expect(res.status).toBe(200);
    const body = await res.json();

    // The same score, factors and explanation as the creator's row in the ranking.
    const rank = await RANK(
      await apiRequest(`/api/v1/campaigns/${campaignId}/creators?regions=${REGION}&limit=100`, {
        userId: owner.manager.id,
      }),
      routeParams({ id: campaignId }),
    );
    const row = (await rank.json()).results.find((r: { id: string }) => r.id === creatorId);
    expect(row).toBeDefined();
    for (const key of ["score", "factors", "reasons", "risks", "forecast", "audienceQuality"]) {
      expect(body[key], key).toEqual(row[key]);
    }
    expect(body.id).toBe(creatorId);
    expect(body.filteredOut).toBeNull();

    const { audience, videos, ...rest } = body.creator;
    const { rows: features } = await pool.query(
      `SELECT median_views, engagement_rate FROM creator_features WHERE creator_id = $1`,
      [creatorId],
    );
    expect(features[0].median_views).toBeGreaterThan(1);
    expect(rest).toEqual({
      name: record.channelName,
      tier: row.creator.tier,
      region: REGION,
      district: null,
      channel: {
        title: record.channelName,
        url: null,
        subscribers: 120_000,
        medianViews: Math.round(features[0].median_views),
        engagementRate: features[0].engagement_rate,
        stats: { source: "verified", fetchedAt: statsFetchedAt.toISOString() },
      },
    });
    expect(audience.map((a: { dimension: string }) => a.dimension)).toEqual([
      "age",
      "country",
      "gender",
    ]);
    for (const a of audience) {
      expect(a).toEqual({
        dimension: a.dimension,
        source: "verified",
        fetchedAt: expect.any(String),
      });
    }
    expect(videos).toHaveLength(10);
    expect(videos[0]).toEqual({
      title: null,
      publishedAt: record.videos[0].publishedAt,
      views: 10_000,
      likes: 400,
      comments: 40,
    });
    expect(videos[9].publishedAt).toBe(record.videos[9].publishedAt);
  });

  it("labels figures estimated when the app did not fetch them from the creator's analytics", async () => {
    await pool.query(
      `UPDATE audience_shares SET source = 'ESTIMATED'
        WHERE dimension = 'GENDER' AND channel_id IN (SELECT id FROM channels WHERE creator_id = $1)`,
      [creatorId],
    );
    const body = await (await get(owner.manager.id)).json();
    const bySource = Object.fromEntries(
      body.creator.audience.map((a: { dimension: string; source: string }) => [
        a.dimension,
        a.source,
      ]),
    );
    expect(bySource).toEqual({ age: "verified", country: "verified", gender: "estimated" });
  });

  it("carries the creator's match for the campaign, as a ranked row does", async () => {
    expect((await (await get(owner.manager.id)).json()).match).toBeNull();
    const matchId = await insertMatch(pool, campaignId, creatorId, { status: "NEGOTIATING" });
    const body = await (await get(owner.manager.id)).json();
    expect(body.match).toEqual({ id: matchId, status: "NEGOTIATING", proposals: 1 });
    // another campaign of the same brand: none
    const second = (await createCampaignFor(owner.brand.id)).id;
    expect((await (await get(owner.manager.id, second)).json()).match).toBeNull();
  });

  it("says when the list's filters leave the creator out, exactly as the ranking does", async () => {
    const detail = async (query: string) =>
      (
        await GET(
          await apiRequest(`/api/v1/campaigns/${campaignId}/creators/${creatorId}?${query}`, {
            userId: owner.manager.id,
          }),
          routeParams({ id: campaignId, creatorId }),
        )
      ).json();
    const listed = async (query: string) =>
      (
        await (
          await RANK(
            await apiRequest(`/api/v1/campaigns/${campaignId}/creators?${query}&limit=100`, {
              userId: owner.manager.id,
            }),
            routeParams({ id: campaignId }),
          )
        ).json()
      ).results.some((r: { id: string }) => r.id === creatorId);
    const { score, creator } = await detail(`q=${tag}`);
    // the search alone (this creator's channel) lists them; each narrowing below may not
    const cases: [string, string | null][] = [
      [`q=${tag}`, null],
      [`q=${tag}&verified=true`, null],
      [`q=${tag}&regions=${REGION}&tiers=${creator.tier}`, null],
      [`q=${tag}&minScore=${Math.floor(score)}`, null],
      [`q=${tag}&minScore=${Math.min(100, Math.floor(score) + 1)}`, `score below`],
      [`q=${tag}&tiers=${creator.tier === "nano" ? "mega" : "nano"}`, "is filtered out"],
      [`q=${tag}&regions=Busan`, "region Jeju is filtered out"],
      [`q=${tag}&maxRate=500000`, "rate above the budget ceiling"],
      [`q=${tag}&minSubscribers=200000`, "subscribers outside the range"],
      [`q=${tag}&platforms=instagram`, "platform youtube is not wanted"],
      [`q=${tag}&exclude=${creatorId}`, "excluded"],
      [`q=${tag}-no-such-channel`, "the filters match no creator"],
    ];
    for (const [query, reason] of cases) {
      const body = await detail(query);
      if (reason === null) expect(body.filteredOut, query).toBeNull();
      else expect(body.filteredOut, query).toContain(reason);
      expect(await listed(query), query).toBe(reason === null);
      // the same score whichever filters the list shows
      expect(body.score, query).toBe(score);
    }
    // an estimated audience is left out by "verified only", here as in the ranking
    const [estimated] = (
      await importCreatorRecords(pool, [
        {
          ...record,
          id: `${tag}-two`,
          channelName: `${tag} estimated channel`,
          audienceSource: undefined,
        },
      ])
    ).creatorIds;
    await (await getFeatureIndexCache()).refresh();
    const unverified = async (query: string) =>
      (
        await GET(
          await apiRequest(`/api/v1/campaigns/${campaignId}/creators/${estimated}?${query}`, {
            userId: owner.manager.id,
          }),
          routeParams({ id: campaignId, creatorId: estimated }),
        )
      ).json();
    expect((await unverified(`q=${tag}`)).filteredOut).toBeNull();
    expect((await unverified(`q=${tag}&verified=true`)).filteredOut).toBe("audience not verified");
    const rankedVerified = await RANK(
      await apiRequest(`/api/v1/campaigns/${campaignId}/creators?q=${tag}&verified=true`, {
        userId: owner.manager.id,
      }),
      routeParams({ id: campaignId }),
    );
    expect((await rankedVerified.json()).results.map((r: { id: string }) => r.id)).toEqual([
      creatorId,
    ]);
    const bad = await detail("tiers=giant&minScore=101");
    expect(Object.keys(bad.error.fields).sort()).toEqual(["query.minScore", "query.tiers.0"]);
  });

  it("answers 404 for another brand's campaign and for an unknown creator", async () => {
    const foreign = await get(other.manager.id);
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).error.code).toBe("not_found");
    const unknown = await get(owner.manager.id, campaignId, "00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
  });
});
