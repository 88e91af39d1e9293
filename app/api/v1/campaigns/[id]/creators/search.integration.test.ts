import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "./route";
import { pool } from "@/lib/db/client";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import { importCreatorRecords } from "@/lib/creators/import-creator-records";
import type { CreatorRecord } from "@/lib/matching/engine/types";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";

const DAY = 86_400_000;
const tag = `sq${Date.now().toString(36)}`;

function creator(key: string, channelName: string, views: number): CreatorRecord {
  return {
    id: `${tag}-${key}`,
    platform: "youtube",
    channelName,
    subscribers: views * 8,
    categories: ["beauty"],
    region: "Jeju",
    country: "KR",
    ratePerVideo: 1_000_000,
    currency: "KRW",
    videos: Array.from({ length: 10 }, (_, i) => ({
      publishedAt: new Date(Date.now() - (5 + i * 6) * DAY).toISOString(),
      views,
      likes: Math.round(views * 0.04),
      comments: Math.round(views * 0.004),
    })),
    audience: { gender: { female: 0.8, male: 0.2 } },
  };
}

describe("GET /api/v1/campaigns/:id/creators?q= (channel name search)", () => {
  let owner: Awaited<ReturnType<typeof createBrandWithManager>>;
  let campaignId: string;
  const ids: string[] = [];

  const get = async (query: string) =>
    GET(
      await apiRequest(`/api/v1/campaigns/${campaignId}/creators${query}`, {
        userId: owner.manager.id,
      }),
      routeParams({ id: campaignId }),
    );
  const search = async (q: string, extra = "") => {
    const res = await get(`?q=${encodeURIComponent(q)}${extra}`);
    expect(res.status).toBe(200);
    return res.json() as Promise<{
      results: { id: string }[];
      total: number;
      nextCursor: string | null;
    }>;
  };

  beforeAll(async () => {
    owner = await createBrandWithManager();
    campaignId = (await createCampaignFor(owner.brand.id)).id;
    const { creatorIds } = await importCreatorRecords(pool, [
      creator("a", `${tag} Glow 100% Studio`, 50_000),
      creator("b", `${tag} glowing skin`, 20_000),
      creator("c", `${tag} Daily Cook`, 30_000),
      creator("d", `${tag} Glow 1000 Studio`, 10_000),
    ]);
    ids.push(...creatorIds);
    await (await getFeatureIndexCache()).refresh();
  });

  it("ranks only creators whose channel name contains the text, case-insensitively", async () => {
    const body = await search(`${tag} GLOW`);
    expect(body.total).toBe(3);
    expect(body.results.map((r) => r.id).sort()).toEqual([ids[0], ids[1], ids[3]].sort());
    expect((await search(`${tag} daily`)).results.map((r) => r.id)).toEqual([ids[2]]);
    expect(await search(`${tag} nobody`)).toMatchObject({
      results: [],
      total: 0,
      nextCursor: null,
    });
  });

  it("takes % and _ literally", async () => {
    expect((await search(`${tag} Glow 100%`)).results.map((r) => r.id)).toEqual([ids[0]]);
    expect((await search(`${tag} Glow 10_0`)).total).toBe(0);
  });

  it("filters before paging: the cursor walks the matches only", async () => {
    const first = await search(`${tag} glow`, "&limit=2");
    expect(first.total).toBe(3);
    expect(first.results).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(
      `${tag} glow`,
      `&limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`,
    );
    expect(second.results).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.results, ...second.results].map((r) => r.id).sort();
    expect(all).toEqual([ids[0], ids[1], ids[3]].sort());
  });

  it("refuses a search longer than 100 characters with a field message", async () => {
    const res = await get(`?q=${"x".repeat(101)}`);
    expect(res.status).toBe(422);
    expect(Object.keys((await res.json()).error.fields)).toEqual(["query.q"]);
  });
});
