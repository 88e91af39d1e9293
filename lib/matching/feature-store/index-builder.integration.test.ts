// Loads and rebuilds in the ranking threads give the index the request thread would
// have built, in shared memory.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { importCreatorRecords } from "../../creators/import-creator-records.ts";
import { closeRankPool, indexBuilderInPool, rankPoolStats } from "../rank-pool/rank-in-pool.ts";
import type { CreatorIndex } from "../engine/creator-index.ts";
import type { CreatorRecord } from "../engine/types.ts";
import { inlineIndexBuilder } from "./index-builder.ts";

const tag = `ib-${Date.now().toString(36)}`;
const DAY = 86_400_000;

const record = (key: string, views: number): CreatorRecord => ({
  id: `${tag}-${key}`,
  platform: "youtube",
  channelName: `${key} ${tag}`,
  subscribers: views * 10,
  categories: ["food"],
  region: "Jeju",
  country: "KR",
  ratePerVideo: 700_000,
  currency: "KRW",
  videos: Array.from({ length: 12 }, (_, i) => ({
    publishedAt: new Date(Date.now() - (10 + i * 7) * DAY).toISOString(),
    views: views + i * 100,
    likes: Math.round(views * 0.05),
    comments: 20,
  })),
});

const featuresOf = (index: CreatorIndex, id: string) =>
  index.slotsOf(id).map((slot) => index.featuresAt(slot));

describe("indexBuilderInPool", () => {
  let ids: string[] = [];
  beforeAll(async () => {
    ({ creatorIds: ids } = await importCreatorRecords(pool, [
      record("a", 12_000),
      record("b", 55_000),
    ]));
  });
  afterAll(() => closeRankPool());

  it("loads and rebuilds in a worker exactly as on this thread, into shared memory", async () => {
    const inline = await inlineIndexBuilder(pool).load();
    const pooled = await indexBuilderInPool(pool).load();
    const tasks = () => (rankPoolStats() as { completed: number }).completed;
    expect(tasks()).toBe(1); // built by a ranking thread, not here
    expect(pooled.index.toShared().columns.subscribers.buffer).toBeInstanceOf(SharedArrayBuffer);
    for (const id of ids) expect(featuresOf(pooled.index, id)).toHaveLength(1);
    // every slot (test files run one at a time: nothing writes between the two loads)
    expect(pooled.index.size).toBe(inline.index.size);
    for (let slot = 0; slot < inline.index.size; slot++) {
      const id = inline.index.ids[slot];
      expect(featuresOf(pooled.index, id)).toEqual(featuresOf(inline.index, id));
    }

    // a changed creator replaces its slot; a new one is added
    const [a] = featuresOf(inline.index, ids[0]);
    const pending = new Map([
      [ids[0], { features: { ...a, medianViews: 99_000 }, updatedAt: 1 }],
      [`${tag}-new`, { features: { ...a, id: `${tag}-new` }, updatedAt: 2 }],
    ]);
    const rebuiltInline = await inlineIndexBuilder(pool).rebuild(
      inline.index,
      inline.updatedAt,
      pending,
    );
    const rebuilt = await indexBuilderInPool(pool).rebuild(pooled.index, pooled.updatedAt, pending);
    expect(tasks()).toBe(2);
    expect(rebuilt.index.size).toBe(pooled.index.size + 1);
    expect(featuresOf(rebuilt.index, ids[0])[0].medianViews).toBe(99_000);
    for (let slot = 0; slot < rebuiltInline.index.size; slot++) {
      const id = rebuiltInline.index.ids[slot];
      expect(featuresOf(rebuilt.index, id)).toEqual(featuresOf(rebuiltInline.index, id));
    }
    expect(rebuilt.updatedAt[rebuilt.index.slotsOf(`${tag}-new`)[0]]).toBe(2);
  });
});
