// The feature store against real Postgres: rows derived from the stored channel,
// videos and audience equal deriveFeatures on the same creator, and the in-memory
// index follows inserts, updates and deletes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { deriveFeatures, FEATURE_RULES_VERSION } from "../engine/derive-features.ts";
import { FeatureIndexCache } from "./cache.ts";
import { inlineIndexBuilder, type IndexBuilder } from "./index-builder.ts";
import { importCreatorRecords } from "../../creators/import-creator-records.ts";
import { streamCreatorFeatures } from "./read.ts";
import { deleteCreatorFeatures, upsertCreatorFeatures } from "./write.ts";
import {
  refreshAllCreatorFeatures,
  refreshCreatorFeatures,
  refreshStaleCreatorFeatures,
} from "./refresh.ts";
import type { CreatorFeatures, CreatorRecord } from "../engine/types.ts";

const NOW = new Date("2026-11-20T12:00:00Z");
const DAY = 86_400_000;
const tag = `fs-${Date.now().toString(36)}`;

function videos(n: number, everyDays: number, baseViews: number, startDaysAgo = 0) {
  return Array.from({ length: n }, (_, i) => ({
    publishedAt: new Date(NOW.getTime() - (startDaysAgo + i * everyDays) * DAY).toISOString(),
    // a spread with a viral outlier, so quantiles and weights matter
    views: i === 7 ? baseViews * 40 : Math.round(baseViews * (0.6 + ((i * 37) % 11) / 10)),
    likes: Math.round(baseViews * 0.03 + i),
    comments: 5 + (i % 4),
    shares: i % 3,
  }));
}

const busy: CreatorRecord = {
  id: `${tag}-busy`,
  platform: "youtube",
  channelName: "Busy Beauty",
  subscribers: 120_000,
  categories: ["beauty", "fashion"],
  region: "서울 마포구 연남동",
  country: "KR",
  ratePerVideo: 1_500_000,
  currency: "KRW",
  // 80 videos, one a day from today: the newest are younger than the settle window,
  // and there are more than the 50 recent ones the features use.
  videos: videos(80, 1, 20_000),
  audience: {
    age: {
      "13-17": 0.05,
      "18-24": 0.4,
      "25-34": 0.3,
      "35-44": 0.15,
      "45-54": 0.05,
      "55-64": 0.03,
      "65+": 0.02,
    },
    gender: { female: 0.7, male: 0.3 },
    countries: { KR: 0.9, US: 0.1 },
    regions: { Seoul: 0.6, Gyeonggi: 0.3, Busan: 0.1 },
  },
  audienceSource: "verified",
};

const hidden: CreatorRecord = {
  id: `${tag}-hidden`,
  platform: "youtube",
  channelName: "Quiet Gamer",
  subscribers: null,
  categories: ["gaming"],
  region: "Busan",
  videos: videos(6, 20, 3_000, 45),
};

const empty: CreatorRecord = {
  id: `${tag}-empty`,
  platform: "youtube",
  channelName: "No Uploads Yet",
  subscribers: 500,
  categories: [],
  videos: [],
};

// Text that COPY has to escape, and non-ASCII, must survive the round trip.
const odd: CreatorRecord = {
  id: `${tag}-odd`,
  platform: "instagram",
  channelName: 'Line\nbreak "quoted"',
  subscribers: 2_000,
  categories: ['say "hi"', "back\\slash", "tab\there", "뷰티"],
  region: "제주",
  country: "kr",
  videos: videos(12, 4, 800, 5),
  audience: { countries: { KR: 55, JP: 30, US: 15 } },
};

async function featureRow(creatorId: string): Promise<CreatorFeatures | undefined> {
  let found: CreatorFeatures | undefined;
  await streamCreatorFeatures(pool, (f) => {
    if (f.id === creatorId) found = f;
  });
  return found;
}

async function creatorIdOf(rosterId: string): Promise<string> {
  const { rows } = await pool.query("SELECT creator_id FROM channels WHERE external_id = $1", [
    rosterId,
  ]);
  return rows[0].creator_id;
}

function expectSameFeatures(actual: CreatorFeatures, expected: CreatorFeatures) {
  const { audienceAge, audienceGender, audienceCountries, audienceRegions, ...rest } = actual;
  const {
    audienceAge: eAge,
    audienceGender: eGender,
    audienceCountries: eCountries,
    audienceRegions: eRegions,
    ...eRest
  } = expected;
  expect(rest).toEqual(eRest);
  // Shares are stored per bucket and renormalised on the way back: equal up to rounding.
  expect(audienceAge.length).toBe(eAge.length);
  audienceAge.forEach((s, i) => expect(s).toBeCloseTo(eAge[i], 12));
  audienceGender.forEach((s, i) => expect(s).toBeCloseTo(eGender[i], 12));
  expect(Object.keys(audienceCountries ?? {}).sort()).toEqual(Object.keys(eCountries ?? {}).sort());
  expect(Object.keys(audienceRegions ?? {}).sort()).toEqual(Object.keys(eRegions ?? {}).sort());
}

describe("feature store", () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    await importCreatorRecords(pool, [busy, hidden, empty, odd], { now: NOW });
    ids = {
      odd: await creatorIdOf(odd.id),
      busy: await creatorIdOf(busy.id),
      hidden: await creatorIdOf(hidden.id),
      empty: await creatorIdOf(empty.id),
    };
  });

  afterAll(async () => {
    await pool.query("DELETE FROM creators WHERE id = ANY($1::uuid[])", [Object.values(ids ?? {})]);
  });

  it("stores what deriveFeatures computes from the creator's whole record", async () => {
    for (const [key, record] of [
      ["busy", busy],
      ["hidden", hidden],
      ["empty", empty],
      ["odd", odd],
    ] as const) {
      const row = await featureRow(ids[key]);
      expect(row, key).toBeDefined();
      expectSameFeatures(row!, deriveFeatures({ ...record, id: ids[key] }, NOW));
    }
    const busyRow = (await featureRow(ids.busy))!;
    // the settle window and the last-50 cut were applied to the stored videos
    expect(busyRow.videoCount).toBe(50);
    expect(busyRow.audienceSource).toBe("verified");
    expect(Object.keys(busyRow.audienceRegions ?? {}).sort()).toEqual([
      "Busan",
      "Gyeonggi",
      "Seoul",
    ]);
    expect(busyRow.subscribers).toBe(120_000);
    // its place read to the district, which COPY brings back
    expect([busyRow.region, busyRow.district]).toEqual(["Seoul", "Seoul:마포구"]);
    const hiddenRow = (await featureRow(ids.hidden))!;
    expect(hiddenRow.subscribersHidden).toBe(true);
    expect(hiddenRow.subscribers).toBeNull();
    expect(hiddenRow.audienceAge).toEqual([]);
  });

  it("refreshes a changed creator and bumps updated_at", async () => {
    const before = await pool.query(
      "SELECT updated_at FROM creator_features WHERE creator_id = $1",
      [ids.hidden],
    );
    const channel = await pool.query("SELECT id FROM channels WHERE creator_id = $1", [ids.hidden]);
    await pool.query(
      `INSERT INTO videos (id, channel_id, external_id, title, published_at, views, likes, comments)
       VALUES (gen_random_uuid(), $1, 'new-hit', 'New hit', $2, 900000, 1000, 100)`,
      [channel.rows[0].id, new Date(NOW.getTime() - 10 * DAY)],
    );
    const later = new Date(NOW.getTime() + 1000);
    const r = await refreshCreatorFeatures(pool, [ids.hidden], { now: later });
    expect(r).toEqual({ refreshed: 1, removed: 0 });
    const row = (await featureRow(ids.hidden))!;
    expect(row.videoCount).toBe(7);
    const after = await pool.query(
      "SELECT updated_at FROM creator_features WHERE creator_id = $1",
      [ids.hidden],
    );
    expect(after.rows[0].updated_at.getTime()).toBeGreaterThan(before.rows[0].updated_at.getTime());
  });

  it("drops the row of a creator whose channels are gone", async () => {
    await pool.query("DELETE FROM channels WHERE creator_id = $1", [ids.empty]);
    const r = await refreshCreatorFeatures(pool, [ids.empty], { now: NOW });
    expect(r).toEqual({ refreshed: 0, removed: 1 });
    expect(await featureRow(ids.empty)).toBeUndefined();
  });

  it("recomputes the rows older reading rules wrote, and only those", async () => {
    // other files' rows on this database are brought up to date first
    await refreshStaleCreatorFeatures(pool, { now: NOW });
    // rows as an older version stored them: rules_version below the current one, and
    // a value today's rules would not write
    await pool.query(
      `UPDATE creator_features SET rules_version = $2, region = 'as read before', district = NULL
        WHERE creator_id = ANY($1::uuid[])`,
      [[ids.busy, ids.hidden], FEATURE_RULES_VERSION - 1],
    );
    const before = await pool.query(
      "SELECT updated_at FROM creator_features WHERE creator_id = $1",
      [ids.odd],
    );
    const seen: number[] = [];
    const r = await refreshStaleCreatorFeatures(pool, {
      now: NOW,
      batchSize: 1,
      onProgress: (p) => seen.push(p.done),
    });
    expect(r).toEqual({ stale: 2, refreshed: 2, removed: 0, skipped: false });
    expect(seen).toEqual([1, 2]);
    const { rows } = await pool.query(
      `SELECT creator_id, region, district, rules_version FROM creator_features
        WHERE creator_id = ANY($1::uuid[]) ORDER BY region`,
      [[ids.busy, ids.hidden]],
    );
    expect(rows.map((x) => [x.region, x.district, x.rules_version])).toEqual([
      ["Busan", null, FEATURE_RULES_VERSION],
      ["Seoul", "Seoul:마포구", FEATURE_RULES_VERSION],
    ]);
    // a current row is left as it was
    const after = await pool.query(
      "SELECT updated_at FROM creator_features WHERE creator_id = $1",
      [ids.odd],
    );
    expect(after.rows[0].updated_at).toEqual(before.rows[0].updated_at);
    expect(await refreshStaleCreatorFeatures(pool, { now: NOW })).toEqual({
      stale: 0,
      refreshed: 0,
      removed: 0,
      skipped: false,
    });
  });

  it("runs once at a time, and leaves what other writers wrote meanwhile", async () => {
    await pool.query("UPDATE creator_features SET rules_version = $2 WHERE creator_id = $1", [
      ids.busy,
      FEATURE_RULES_VERSION - 1,
    ]);
    // another process holds the run
    const other = await pool.connect();
    try {
      await other.query("SELECT pg_advisory_lock(hashtext('refresh-stale-creator-features'))");
      expect(await refreshStaleCreatorFeatures(pool, { now: NOW })).toEqual({
        stale: 0,
        refreshed: 0,
        removed: 0,
        skipped: true,
      });
      await other.query("SELECT pg_advisory_unlock(hashtext('refresh-stale-creator-features'))");
    } finally {
      other.release();
    }
    // a row rewritten by the current rules is not overwritten by a refresh's older read
    const current = deriveFeatures({ ...busy, id: ids.busy, region: "Jeju" }, NOW);
    expect(await upsertCreatorFeatures(pool, [current])).toBe(1);
    const older = deriveFeatures({ ...busy, id: ids.busy }, NOW);
    expect(await upsertCreatorFeatures(pool, [older], { onlyStale: true })).toBe(0);
    expect((await featureRow(ids.busy))!.region).toBe("Jeju");
    // a creator who has a channel keeps the row, whatever the caller believed
    expect(await deleteCreatorFeatures(pool, [ids.busy])).toBe(0);
    await refreshCreatorFeatures(pool, [ids.busy], { now: NOW });
  });

  it("refreshes everything in batches with progress", async () => {
    const seen: number[] = [];
    const r = await refreshAllCreatorFeatures(pool, {
      now: NOW,
      batchSize: 1,
      onProgress: (p) => seen.push(p.done),
    });
    expect(r.refreshed).toBeGreaterThanOrEqual(2);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe("FeatureIndexCache", () => {
  let ids: string[] = [];
  const extra: CreatorRecord = {
    ...hidden,
    id: `${tag}-extra`,
    channelName: "Extra",
    categories: ["food"],
  };

  afterAll(async () => {
    await pool.query("DELETE FROM creators WHERE id = ANY($1::uuid[])", [ids]);
  });

  it("loads once for concurrent callers and follows inserts, updates and deletes", async () => {
    let clock = 0;
    const cache = new FeatureIndexCache(pool, {
      checkIntervalMs: 100,
      recountIntervalMs: 0,
      clock: () => clock,
    });
    const { creatorIds } = await importCreatorRecords(pool, [{ ...busy, id: `${tag}-c1` }], {
      now: NOW,
    });
    ids.push(...creatorIds);

    const [a, b, c] = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(cache.stats().loads).toBe(1);
    expect(a.slotsOf(creatorIds[0])).toHaveLength(1);

    // within the check interval: the same index, no query
    expect(await cache.get()).toBe(a);
    expect(cache.stats().refreshes).toBe(0);

    // nothing changed: a refresh rebuilds nothing
    clock += 1000;
    expect(await cache.get()).toBe(a);
    expect(cache.stats().refreshes).toBe(1);
    expect(cache.stats().rebuilds).toBe(1);

    // a new creator appears
    const added = await importCreatorRecords(pool, [extra], { now: NOW });
    ids.push(...added.creatorIds);
    clock += 1000;
    const withExtra = await cache.get();
    expect(withExtra).not.toBe(a);
    expect(withExtra.slotsOf(added.creatorIds[0])).toHaveLength(1);
    expect(withExtra.size).toBe(a.size + 1);

    // an update is patched in place
    await importCreatorRecords(pool, [{ ...extra, categories: ["travel"] }], { now: NOW });
    clock += 1000;
    const updated = await cache.get();
    const slot = updated.slotsOf(added.creatorIds[0])[0];
    expect(updated.featuresAt(slot).categories).toEqual(["travel"]);
    expect(updated.size).toBe(withExtra.size);
    // creators that did not change were carried over from the old index losslessly:
    // the same as a fresh load
    const fresh = await new FeatureIndexCache(pool).get();
    for (const id of [creatorIds[0], added.creatorIds[0]]) {
      expect(updated.featuresAt(updated.slotsOf(id)[0])).toEqual(
        fresh.featuresAt(fresh.slotsOf(id)[0]),
      );
    }

    // a deletion leaves no updated_at trace: the recount notices it
    await pool.query("DELETE FROM creators WHERE id = $1", [added.creatorIds[0]]);
    clock += 1000;
    const afterDelete = await cache.get();
    expect(afterDelete.slotsOf(added.creatorIds[0])).toHaveLength(0);
    expect(afterDelete.size).toBe(withExtra.size - 1);
    expect(cache.stats().loads).toBe(2);
  });

  it("answers from the current index while a big one refreshes in the background", async () => {
    let clock = 0;
    const cache = new FeatureIndexCache(pool, {
      checkIntervalMs: 100,
      syncRefreshBelow: 0,
      clock: () => clock,
    });
    const before = await cache.get();
    const added = await importCreatorRecords(pool, [{ ...extra, id: `${tag}-bg` }], { now: NOW });
    ids.push(...added.creatorIds);
    clock += 1000;
    // due for a refresh, but not waiting for it
    expect(await cache.get()).toBe(before);
    const after = await cache.refresh();
    expect(after).not.toBe(before);
    expect(after.slotsOf(added.creatorIds[0])).toHaveLength(1);
    expect(await cache.get()).toBe(after);
  });

  it("spaces rebuilds of a big index by ten times the last build", async () => {
    let clock = 0;
    const cache = new FeatureIndexCache(pool, {
      checkIntervalMs: 0,
      syncRefreshBelow: 0,
      clock: () => clock,
    });
    const first = await cache.get();
    const added = await importCreatorRecords(pool, [{ ...extra, id: `${tag}-spaced` }], {
      now: NOW,
    });
    ids.push(...added.creatorIds);
    // no time has passed since the build: the change is fetched, the rebuild waits
    expect(await cache.get()).toBe(first);
    await cache.idle();
    expect(cache.stats().refreshes).toBe(1);
    expect(cache.stats().rebuilds).toBe(1);
    expect(await cache.get()).toBe(first);
    // later, the next refresh rebuilds with what was fetched before
    clock += 60_000;
    await cache.get();
    await cache.idle();
    expect(cache.stats().refreshes).toBe(2);
    const next = await cache.get();
    expect(next).not.toBe(first);
    expect(next.slotsOf(added.creatorIds[0])).toHaveLength(1);
    expect(cache.stats().rebuilds).toBe(2);
  });

  it("keeps every change when refreshes are asked for while a slow rebuild runs", async () => {
    // Rebuilds that take a while (as in a worker thread): callers pile up behind one.
    // Two rebuilds at once would each swap in an index built from the same old one, and
    // the later to finish could drop what the other took in.
    const inline = inlineIndexBuilder(pool);
    let running = 0;
    let mostAtOnce = 0;
    const slow: IndexBuilder = {
      load: () => inline.load(),
      rebuild: async (index, updatedAt, pending) => {
        mostAtOnce = Math.max(mostAtOnce, ++running);
        await new Promise((resolve) => setTimeout(resolve, 150));
        running--;
        return inline.rebuild(index, updatedAt, pending);
      },
    };
    const cache = new FeatureIndexCache(pool, { builder: slow });
    await cache.get();
    const first = await importCreatorRecords(pool, [{ ...extra, id: `${tag}-race1` }], {
      now: NOW,
    });
    ids.push(...first.creatorIds);
    const flight = cache.refresh();
    // two more callers wait for the same flight; then a second change lands
    const waiting = [cache.refresh(), cache.refresh()];
    const second = await importCreatorRecords(pool, [{ ...extra, id: `${tag}-race2` }], {
      now: NOW,
    });
    ids.push(...second.creatorIds);
    await flight;
    await Promise.all(waiting);
    expect(mostAtOnce).toBe(1);
    const last = await cache.refresh();
    for (const id of [...first.creatorIds, ...second.creatorIds]) {
      expect(last.slotsOf(id)).toHaveLength(1);
    }
    expect(await cache.get()).toBe(last);
  });
});
