// A local store's campaign that targets its district, through the ranking route: the
// creator based in the district first, then the rest of its region, then the region's
// other districts; a district in the query's filter keeps only the creators based there.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "./route";
import { pool, prisma } from "@/lib/db/client";

import { importCreatorRecords } from "@/lib/creators/import-creator-records";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import type { CreatorRecord } from "@/lib/matching/engine/types";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";

const DAY = 86_400_000;
const tag = `dist${Date.now().toString(36)}`;

// the same channel but for where its creator is based
function creator(key: string, region: string): CreatorRecord {
  return {
    id: `${tag}-${key}`,
    platform: "youtube",
    channelName: `${tag} ${key}`,
    subscribers: 30_000,
    categories: ["food"],
    region,
    country: "KR",
    ratePerVideo: 500_000,
    currency: "KRW",
    videos: Array.from({ length: 20 }, (_, i) => ({
      publishedAt: new Date(Date.now() - (5 + i * 6) * DAY).toISOString(),
      views: 8_000 + (i % 5) * 500,
      likes: 320,
      comments: 30,
    })),
  };
}

describe("district targets in the ranking route", () => {
  let owner: Awaited<ReturnType<typeof createBrandWithManager>>;
  let campaignId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    owner = await createBrandWithManager();
    const campaign = await createCampaignFor(owner.brand.id, { category: "food" });
    campaignId = campaign.id;
    await prisma.campaign.update({
      where: { id: campaignId },
      data: {
        targetRegions: ["서울 마포구"],
        targetAgeRanges: [],
        targetGenders: [],
        targetCountries: [],
      },
    });
    const roster = [
      creator("mapo", "서울 마포구 연남동"),
      creator("seoul", "Seoul"),
      creator("gangnam", "Gangnam-gu, Seoul"),
      creator("busan", "부산 해운대구"),
    ];
    const { creatorIds } = await importCreatorRecords(pool, roster);
    roster.forEach((r, i) => (ids[r.id.slice(tag.length + 1)] = creatorIds[i]));
    await (await getFeatureIndexCache()).refresh();
  });

  const get = async (query: string) => {
    const res = await GET(
      await apiRequest(`/api/v1/campaigns/${campaignId}/creators${query}`, {
        userId: owner.manager.id,
      }),
      routeParams({ id: campaignId }),
    );
    expect(res.status).toBe(200);
    return (await res.json()) as {
      results: Array<{
        id: string;
        factors: { audienceOverlap: number };
        creator: { region: string | null; district: string | null };
      }>;
    };
  };

  it("ranks the creator based in the district first, the rest of its region next", async () => {
    const body = await get(`?q=${tag}&limit=10`);
    expect(body.results.map((r) => r.id)).toEqual([ids.mapo, ids.seoul, ids.gangnam, ids.busan]);
    expect(body.results[0].factors.audienceOverlap).toBe(100);
    // each row says where its creator is based
    expect(body.results.map((r) => [r.creator.region, r.creator.district])).toEqual([
      ["Seoul", "Seoul:마포구"],
      ["Seoul", null],
      ["Seoul", "Seoul:강남구"],
      ["Busan", "Busan:해운대구"],
    ]);
  });

  it("keeps the creators based within a distance of the targeted district", async () => {
    // centre to centre: 강남구 is ~13 km from 마포구, 해운대구 ~330 km; a creator whose
    // district is unknown ("Seoul") is left out
    expect((await get(`?q=${tag}&withinKm=5`)).results.map((r) => r.id)).toEqual([ids.mapo]);
    expect((await get(`?q=${tag}&withinKm=15`)).results.map((r) => r.id)).toEqual([
      ids.mapo,
      ids.gangnam,
    ]);
    // a page cursor is bound to its distance
    const first = await GET(
      await apiRequest(`/api/v1/campaigns/${campaignId}/creators?q=${tag}&withinKm=15&limit=1`, {
        userId: owner.manager.id,
      }),
      routeParams({ id: campaignId }),
    );
    const { nextCursor } = (await first.json()) as { nextCursor: string };
    const other = await GET(
      await apiRequest(
        `/api/v1/campaigns/${campaignId}/creators?q=${tag}&withinKm=5&limit=1&cursor=${nextCursor}`,
        { userId: owner.manager.id },
      ),
      routeParams({ id: campaignId }),
    );
    expect(other.status).toBe(422);
  });

  it("refuses a distance for a campaign that names no district", async () => {
    const regionOnly = await createCampaignFor(owner.brand.id, { category: "food" });
    await prisma.campaign.update({
      where: { id: regionOnly.id },
      data: { targetRegions: ["Seoul"] },
    });
    const res = await GET(
      await apiRequest(`/api/v1/campaigns/${regionOnly.id}/creators?withinKm=10`, {
        userId: owner.manager.id,
      }),
      routeParams({ id: regionOnly.id }),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Record<string, string[]> } };
    expect(Object.keys(body.error.fields)).toEqual(["query.withinKm"]);
    expect(body.error.fields["query.withinKm"][0]).toMatch(/no district/);
  });

  it("keeps only the creators based in a district the query filters on", async () => {
    expect((await get(`?q=${tag}&regions=마포구`)).results.map((r) => r.id)).toEqual([ids.mapo]);
    // a region keeps the district's creators and the region's
    expect((await get(`?q=${tag}&regions=Seoul`)).results.map((r) => r.id)).toEqual([
      ids.mapo,
      ids.seoul,
      ids.gangnam,
    ]);
  });
});
