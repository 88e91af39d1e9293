// The pool's promises: rankings in worker threads give the same answer as on the
// request thread, and a ranking that cannot get a worker in time is refused with a
// retryable 503 instead of waiting behind the others.
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { CreatorIndex } from "../engine/creator-index";
import { rankCreators } from "../engine/rank";
import { makeCampaign, makeFeatures, NOW } from "../engine/test-fixtures";
import { encodeRankResult, resultJsonOpen } from "./encoded-ranking";
import { closeRankPool, EXPLAIN_HERE_MAX, rankInPool, warmRankPool } from "./rank-in-pool";

// One worker and no queue: a second concurrent ranking has nowhere to wait.
vi.hoisted(() => {
  process.env.RANK_WORKERS = "1";
  process.env.RANK_QUEUE_MAX = "0";
});

const index = CreatorIndex.build(
  Array.from({ length: 60_000 }, (_, i) =>
    makeFeatures({
      id: `c${String(i).padStart(6, "0")}`,
      medianViews: 1_000 + ((i * 7919) % 90_000),
      region: i % 3 ? "Seoul" : "Busan",
    }),
  ),
);
const campaign = makeCampaign();

describe("rankInPool", () => {
  it("ranks in a worker exactly as on the request thread", async () => {
    await warmRankPool();
    const inline = rankCreators(index, campaign, { limit: 20, now: NOW });
    const pooled = await rankInPool(index, campaign, { limit: 20, now: NOW });
    expect(inline.results).toHaveLength(20);
    const expected = encodeRankResult(inline);
    expect({ ...pooled, json: Buffer.from(pooled.json) }).toEqual(expected);
    // the bytes are each result's JSON, its closing brace left for the caller
    const decoded = inline.results.map((_, i) =>
      JSON.parse(`${Buffer.from(resultJsonOpen(pooled, i)).toString()}}`),
    );
    expect(decoded).toEqual(JSON.parse(JSON.stringify(inline.results)));
    expect(pooled.ids).toEqual(inline.results.map((r) => r.id));
  });

  it("refuses a ranking that finds no free worker with 503 and Retry-After", async () => {
    const settled = await Promise.allSettled(
      Array.from({ length: 4 }, () => rankInPool(index, campaign, { limit: 20, now: NOW })),
    );
    expect(settled.filter((s) => s.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    const refused = settled.filter((s) => s.status === "rejected");
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) {
      const error = (r as PromiseRejectedResult).reason;
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "unavailable", retryAfter: 2 });
    }
  });

  it("explains a small page of a kept order on this thread, a larger one only in the pool", async () => {
    const first = rankCreators(index, campaign, { limit: 20, keepOrder: 200, now: NOW });
    const page = (n: number) => ({
      fromOrder: { slots: first.order!.slice(20, 20 + n), total: first.total },
      now: NOW,
    });
    // the one worker is busy (or, just after the test above, not yet free) and nothing may queue
    const ranking = rankInPool(index, campaign, { limit: 20, now: NOW }).catch(() => undefined);
    const [small, large] = await Promise.allSettled([
      rankInPool(index, campaign, page(EXPLAIN_HERE_MAX)),
      rankInPool(index, campaign, page(EXPLAIN_HERE_MAX + 1)),
    ]);
    expect(small).toEqual({
      status: "fulfilled",
      value: encodeRankResult(rankCreators(index, campaign, page(EXPLAIN_HERE_MAX))),
    });
    expect(large).toMatchObject({ status: "rejected", reason: { code: "unavailable" } });
    await ranking;
    await closeRankPool();
  });
});
