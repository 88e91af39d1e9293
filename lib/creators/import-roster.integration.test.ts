// Roster import against real Postgres: idempotent on platform + id, malformed lines
// reported by line number, feature rows written for what was imported.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { importRosterFile } from "./import-roster.ts";

const tag = `roster-${Date.now().toString(36)}`;
const video = (daysAgo: number, views: number) => ({
  publishedAt: new Date(Date.UTC(2026, 9, 30) - daysAgo * 86_400_000).toISOString(),
  views,
  likes: Math.round(views / 30),
  comments: Math.round(views / 300),
});
const line = (id: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id,
    platform: "youtube",
    channelName: `Channel ${id}`,
    subscribers: 123_000,
    categories: ["beauty", "fashion"],
    region: "Seoul",
    ratePerVideo: 1_500_000,
    videos: [video(10, 12_000), video(20, 9_000), video(30, 15_000)],
    audience: {
      age: { "18-24": 0.4, "25-34": 0.6 },
      gender: { female: 0.7, male: 0.3 },
      countries: { KR: 0.9, US: 0.1 },
    },
    ...over,
  });

let dir: string;
let file: string;

async function countsFor(prefix: string) {
  const { rows } = await pool.query(
    `SELECT count(DISTINCT c.id)::int AS creators, count(DISTINCT ch.id)::int AS channels,
            (SELECT count(*)::int FROM videos v JOIN channels x ON x.id = v.channel_id WHERE x.external_id LIKE $1) AS videos,
            (SELECT count(*)::int FROM audience_shares a JOIN channels x ON x.id = a.channel_id WHERE x.external_id LIKE $1) AS shares,
            (SELECT count(*)::int FROM creator_features f JOIN channels x ON x.creator_id = f.creator_id WHERE x.external_id LIKE $1) AS features
       FROM channels ch JOIN creators c ON c.id = ch.creator_id
      WHERE ch.external_id LIKE $1`,
    [`${prefix}%`],
  );
  return rows[0];
}

describe("importRosterFile", () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "roster-"));
    file = path.join(dir, "roster.jsonl");
    await writeFile(
      file,
      [
        line(`${tag}-1`),
        line(`${tag}-2`, { audience: undefined, subscribers: null }),
        "{not json",
        "",
        line(`${tag}-3`, { platform: "myspace" }),
        line(`${tag}-4`, { videos: [{ publishedAt: "2026-10-01T00:00:00Z", views: -5 }] }),
        line(`${tag}-5`, { platform: "tiktok", categories: "food" }),
        line(`${tag}-1`, { subscribers: 130_000 }),
      ].join("\n") + "\n",
    );
  });

  afterAll(async () => {
    await pool.query(
      "DELETE FROM creators WHERE id IN (SELECT creator_id FROM channels WHERE external_id LIKE $1)",
      [`${tag}%`],
    );
    await rm(dir, { recursive: true, force: true });
  });

  it("imports valid lines, reports malformed ones by line number, and is idempotent", async () => {
    const progress: number[] = [];
    const first = await importRosterFile(pool, file, {
      batchSize: 2,
      onProgress: (p) => progress.push(p.used),
    });
    expect(first).toMatchObject({ read: 7, used: 4, rejected: 3 });
    expect(first.rejects.map((r) => r.line)).toEqual([3, 5, 6]);
    expect(first.rejects[0].error).toMatch(/not valid JSON/);
    expect(first.rejects[1].error).toMatch(/platform/);
    expect(first.rejects[2].error).toMatch(/videos\.0\.views/);
    expect(progress.at(-1)).toBe(4);
    // the repeated id updated its own creator instead of adding one
    expect(first.created).toBe(3);

    const afterFirst = await countsFor(tag);
    expect(afterFirst).toEqual({
      creators: 3,
      channels: 3,
      videos: 9,
      shares: 2 * (2 + 2 + 2),
      features: 3,
    });

    const second = await importRosterFile(pool, file, { batchSize: 3 });
    expect({ ...second, created: 0 }).toEqual({ ...first, created: 0, updated: second.updated });
    expect(second.created).toBe(0);
    expect(await countsFor(tag)).toEqual(afterFirst);

    // the last line for an id wins, and the feature row follows it
    const { rows } = await pool.query(
      `SELECT ch.subscriber_count, f.subscribers, f.tier::text AS tier, c.categories
         FROM channels ch JOIN creator_features f ON f.creator_id = ch.creator_id JOIN creators c ON c.id = ch.creator_id
        WHERE ch.external_id = $1`,
      [`${tag}-1`],
    );
    expect(rows[0]).toEqual({
      subscriber_count: 130_000,
      subscribers: 130_000,
      tier: "MACRO",
      categories: ["beauty", "fashion"],
    });
    const tiktok = await pool.query(
      `SELECT ch.platform::text AS platform, c.categories FROM channels ch JOIN creators c ON c.id = ch.creator_id WHERE ch.external_id = $1`,
      [`${tag}-5`],
    );
    expect(tiktok.rows[0]).toEqual({ platform: "TIKTOK", categories: ["food"] });
  });
});
