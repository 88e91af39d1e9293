// Cursor pages read the order their first page kept (ranked-order-cache.ts), against
// real Postgres: the same results as a fresh ranking, the page's matches read fresh,
// and a new index, another campaign or a deeper page ranks again.
import { beforeAll, describe, expect, it } from "vitest";
import { pool, prisma } from "@/lib/db/client";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";
import { MATCH_ROW_SCORE } from "@/test/helpers/workflow-fixtures";
import { importCreatorRecords } from "../../creators/import-creator-records.ts";
import { rankCreators, type RankOptions } from "../engine/rank.ts";
import { TIER_SLUGS, type CreatorRecord } from "../engine/types.ts";
import { encodeRankResult, type EncodedRankResult } from "../rank-pool/encoded-ranking.ts";
import type { Ranker } from "../rank-pool/rank-in-pool.ts";
import { FeatureIndexCache } from "./cache.ts";
import type { RequestFilters } from "./campaign.ts";
import { loadStoredCampaign, rankStoredCampaign, rankStoredCampaignJson } from "./ranking.ts";

const DAY = 86_400_000;
const tag = `roc-${Date.now().toString(36)}`;
// No other test file puts creators in Chungbuk: filtering on it isolates this file's.
const REGION = "Chungbuk";

function creator(i: number, viewsScale = 1): CreatorRecord {
  const views = Math.round((5_000 + i * 1_700) * viewsScale);
  return {
    id: `${tag}-${i}`,
    platform: "youtube",
    channelName: `Order ${i}`,
    subscribers: views * 9,
    categories: [i % 3 === 0 ? "fashion" : "beauty"],
    region: REGION,
    country: "KR",
    ratePerVideo: 300_000 + (i % 7) * 150_000,
    currency: "KRW",
    videos: Array.from({ length: 12 }, (_, v) => ({
      publishedAt: new Date(Date.now() - (3 + v * 7) * DAY).toISOString(),
      views: Math.round(views * (0.7 + (v % 4) / 10)),
      likes: Math.round(views * (0.02 + (i % 5) / 200)),
      comments: 3 + (i % 6),
    })),
    audience: {
      age: { "18-24": 0.4, "25-34": 0.4, "35-44": 0.2 },
      gender: { female: 0.3 + (i % 10) / 15, male: 0.7 - (i % 10) / 15 },
      countries: { KR: 0.9, US: 0.1 },
    },
  };
}

type Call = Pick<RankOptions, "offset" | "limit" | "keepOrder" | "fromOrder">;

/** The pool's work done inline, each call's options written down. */
function recordingRanker(calls: Call[]): Ranker<EncodedRankResult> {
  return async (index, campaign, options) => {
    calls.push({
      offset: options.offset,
      limit: options.limit,
      keepOrder: options.keepOrder,
      fromOrder: options.fromOrder,
    });
    return encodeRankResult(rankCreators(index, campaign, options));
  };
}

describe("ranked-order cache", () => {
  const N = 40;
  let creatorIds: string[];
  let campaignId: string;
  let cache: FeatureIndexCache;

  beforeAll(async () => {
    ({ creatorIds } = await importCreatorRecords(
      pool,
      Array.from({ length: N }, (_, i) => creator(i)),
    ));
    const { brand } = await createBrandWithManager();
    campaignId = (await createCampaignFor(brand.id)).id;
    // Refreshed only when a test says so: other files write creators meanwhile, and a
    // refresh that picks their rows up makes a new index (and drops the kept orders).
    cache = new FeatureIndexCache(pool, { checkIntervalMs: 3_600_000 });
  });

  const page = async (
    calls: Call[],
    offset: number,
    limit: number,
    more: Omit<RequestFilters, "regions"> = {},
  ) => {
    const campaign = await loadStoredCampaign(pool, campaignId);
    const r = await rankStoredCampaignJson(pool, cache, campaign!, {
      rank: recordingRanker(calls),
      filters: { regions: [REGION], ...more },
      limit,
      offset,
      campaignId,
    });
    const results = JSON.parse(r.results.toString()) as { id: string; match: unknown }[];
    return { results, total: r.total };
  };

  /** The same page ranked from scratch, without any kept order. */
  const fresh = async (offset: number, limit: number) => {
    const campaign = await loadStoredCampaign(pool, campaignId);
    const all = await rankStoredCampaign(pool, cache, campaign!, {
      filters: { regions: [REGION] },
      limit: offset + limit,
      offset: 0,
      campaignId,
    });
    return JSON.parse(JSON.stringify(all.results.slice(offset)));
  };

  it("a first page ranks and keeps its order; the pages after it are explained from that order alone", async () => {
    const calls: Call[] = [];
    const first = await page(calls, 0, 4);
    expect(first.total).toBe(N);
    expect(calls).toEqual([{ offset: 0, limit: 4, keepOrder: 40, fromOrder: undefined }]);

    const second = await page(calls, 4, 4);
    expect(calls[1].keepOrder).toBeUndefined();
    expect(calls[1].fromOrder?.total).toBe(N);
    expect(calls[1].fromOrder?.slots).toHaveLength(4);
    expect(second.total).toBe(N);
    expect(second.results).toEqual(await fresh(4, 4));

    // the last, short page comes from the order too: it holds the whole ranking
    const last = await page(calls, 36, 8);
    expect(calls[2].fromOrder?.slots).toHaveLength(4);
    expect(last.results).toEqual(await fresh(36, 4));
  });

  it("a page reads its creators' matches afresh, not from when the order was kept", async () => {
    await page([], 0, 5);
    const calls: Call[] = [];
    const before = await page(calls, 5, 5);
    expect(before.results.every((r) => r.match === null)).toBe(true);

    const target = before.results[2].id;
    const match = await prisma.match.create({
      data: { campaignId, creatorId: target, ...MATCH_ROW_SCORE, status: "PENDING" },
    });
    const after = await page(calls, 5, 5);
    expect(calls.map((c) => c.fromOrder !== undefined)).toEqual([true, true]);
    expect(after.results.map((r) => r.id)).toEqual(before.results.map((r) => r.id));
    expect(after.results[2].match).toEqual({ id: match.id, status: "PENDING", proposals: 1 });
    await prisma.match.delete({ where: { id: match.id } });
  });

  it("a page deeper than the kept order ranks again, four times as deep as it needs", async () => {
    await page([], 0, 2); // keeps 20
    const calls: Call[] = [];
    const deep = await page(calls, 20, 2);
    expect(calls).toEqual([{ offset: 20, limit: 2, keepOrder: 88, fromOrder: undefined }]);
    expect(deep.results).toEqual(await fresh(20, 2));
  });

  it("other filters are another ranking: nothing is read from this one's order", async () => {
    await page([], 0, 4);
    const calls: Call[] = [];
    // every tier: the same creators, yet another request, ranked on its own
    const other = await page(calls, 4, 4, { tiers: [...TIER_SLUGS] });
    expect(calls[0].fromOrder).toBeUndefined();
    expect(other.total).toBe(N);
  });

  it("a creator's new figures make a new index, and the next page ranks over it", async () => {
    await page([], 0, 4);
    const kept = await page([], 4, 4);

    // the creator ranked 6th now has ten times the views
    const sixth = kept.results[1].id;
    const i = creatorIds.indexOf(sixth);
    await importCreatorRecords(pool, [creator(i, 10)]);
    await cache.refresh();

    const calls: Call[] = [];
    const next = await page(calls, 4, 4);
    expect(calls[0].fromOrder).toBeUndefined();
    expect(next.results).toEqual(await fresh(4, 4));
    expect(next.results.map((r) => r.id)).not.toContain(sixth);
  });
});
