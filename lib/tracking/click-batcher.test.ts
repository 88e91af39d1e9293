// Group commit: clicks of one event-loop turn share one write, no click resolves
// before its write did, a failed write fails exactly its clicks, a full queue refuses.
import { describe, expect, it } from "vitest";
import { ClickBatcher, QueueFullError } from "./click-batcher.ts";
import { LinkCache } from "./link-cache.ts";

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("ClickBatcher", () => {
  it("writes the clicks of one turn as one batch and resolves them only after it", async () => {
    const writes: { rows: number[]; done: ReturnType<typeof deferred> }[] = [];
    const b = new ClickBatcher<number>({
      write: (rows) => {
        const done = deferred();
        writes.push({ rows, done });
        return done.promise;
      },
      maxInFlight: 1,
    });
    const settled: number[] = [];
    const first = [1, 2, 3].map((n) => b.add(n).then(() => settled.push(n)));
    await new Promise((r) => setImmediate(r));
    expect(writes.map((w) => w.rows)).toEqual([[1, 2, 3]]);
    // While that commit runs, new clicks queue for the next batch.
    const second = [4, 5].map((n) => b.add(n).then(() => settled.push(n)));
    await new Promise((r) => setImmediate(r));
    expect(writes).toHaveLength(1);
    expect(settled).toEqual([]);
    writes[0].done.resolve();
    await Promise.all(first);
    expect(settled).toEqual([1, 2, 3]);
    expect(writes.map((w) => w.rows)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    writes[1].done.resolve();
    await Promise.all(second);
    expect(b.stats).toEqual({ batches: 2, rows: 5, failedBatches: 0 });
  });

  it("splits the queue into batches of at most maxBatch", async () => {
    const sizes: number[] = [];
    const b = new ClickBatcher<number>({
      write: async (rows) => void sizes.push(rows.length),
      maxBatch: 4,
      maxInFlight: 3,
    });
    await Promise.all(Array.from({ length: 10 }, (_, i) => b.add(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it("fails the clicks of a failed write, and only those", async () => {
    let calls = 0;
    const b = new ClickBatcher<number>({
      write: async () => {
        if (calls++ === 0) throw new Error("database down");
      },
    });
    const failed = await Promise.allSettled([b.add(1), b.add(2)]);
    expect(failed.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    await expect(b.add(3)).resolves.toBeUndefined();
  });

  it("refuses at once when the queue is full", async () => {
    const hold = deferred();
    const b = new ClickBatcher<number>({ write: () => hold.promise, maxQueue: 2, maxInFlight: 1 });
    const a = b.add(1);
    await new Promise((r) => setImmediate(r)); // 1 is being written, the queue is empty
    const queued = [b.add(2), b.add(3)];
    await expect(b.add(4)).rejects.toBeInstanceOf(QueueFullError);
    hold.resolve();
    await Promise.all([a, ...queued]);
  });
});

describe("LinkCache", () => {
  const link = {
    id: "l",
    matchId: "m",
    campaignId: "c",
    creatorId: "cr",
    destinationUrl: "https://x.example/",
    expiresAt: null,
  };

  it("answers from memory within the TTL, shares concurrent loads, reloads after", async () => {
    let t = 0;
    let loads = 0;
    const cache = new LinkCache({
      load: async (code) => (loads++, code === "known" ? link : null),
      ttlMs: 1_000,
      negativeTtlMs: 100,
      now: () => t,
    });
    const [a, b] = await Promise.all([cache.get("known"), cache.get("known")]);
    expect(a).toBe(link);
    expect(b).toBe(link);
    expect(loads).toBe(1);
    expect(cache.get("known")).toBe(link); // synchronous hit
    expect(await cache.get("nope")).toBeNull();
    expect(cache.get("nope")).toBeNull();
    expect(loads).toBe(2);
    t = 200; // the negative entry is stale, the positive one is not
    await cache.get("nope");
    expect(cache.get("known")).toBe(link);
    expect(loads).toBe(3);
    t = 2_000;
    await cache.get("known");
    expect(loads).toBe(4);
  });

  it("keeps at most maxNegativeEntries unknown codes, forgetting the oldest", async () => {
    let loads = 0;
    const cache = new LinkCache({
      load: async () => (loads++, null),
      maxNegativeEntries: 3,
    });
    for (const c of ["a", "b", "c", "d"]) await cache.get(c);
    expect(cache.size).toEqual({ found: 0, missing: 3 });
    await cache.get("d");
    expect(loads).toBe(4);
    await cache.get("a");
    expect(loads).toBe(5);
  });

  it("does not cache a failed load", async () => {
    let fail = true;
    const cache = new LinkCache({
      load: async () => {
        if (fail) throw new Error("down");
        return link;
      },
    });
    await expect(cache.get("x")).rejects.toThrow("down");
    fail = false;
    expect(await cache.get("x")).toBe(link);
  });
});
