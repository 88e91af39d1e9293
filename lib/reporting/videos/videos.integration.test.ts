// Sponsored videos: a creator links a video to an accepted match (validated, theirs
// only), the daily job reads its statistics from a videos.list stand-in, and the
// campaign is credited with the growth since the baseline, not the lifetime views.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "@/lib/auth/session-user";
import { pool } from "@/lib/db/client";
import { createBrandWithManager, createCampaignFor, createUser } from "@/test/helpers/fixtures";
import { startVideosListStandIn } from "@/test/helpers/videos-list-stand-in";
import { getCampaignReport } from "../campaign/get-campaign-report.ts";
import { insertTrackedMatch } from "../campaign/seed-events.ts";
import { snapshotMatchVideos } from "./snapshot-match-videos.ts";
import { linkMatchVideoAction } from "./video-actions.ts";
import { youtubeVideoStats } from "./video-stats-source.ts";
import { createYoutubeClient } from "@/lib/youtube/client";

const DAY = 86_400_000;
let standIn: Awaited<ReturnType<typeof startVideosListStandIn>>;
let source: ReturnType<typeof youtubeVideoStats>;
let brandId: string;
let campaignId: string;
let matchId: string;
let creatorUserId: string;

/** A creator with a YouTube channel of their own (`withChannel` false: none connected). */
async function creatorWithUser(withChannel = true) {
  const channel = withChannel ? `UC${crypto.randomUUID().replace(/-/g, "").slice(0, 22)}` : null;
  const user = await createUser("CREATOR");
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO creators (id, user_id, display_name, updated_at) VALUES (gen_random_uuid(), $1, 'Vid creator', now()) RETURNING id`,
    [user.id],
  );
  if (channel) {
    await pool.query(
      `INSERT INTO channels (id, creator_id, platform, external_id, title, tier, updated_at)
       VALUES (gen_random_uuid(), $1, 'YOUTUBE', $2, 'My channel', 'MID', now())`,
      [rows[0].id, channel],
    );
  }
  return { userId: user.id, creatorId: rows[0].id, channel: channel ?? "" };
}

async function campaign(startsInDays: number) {
  const c = await createCampaignFor(brandId);
  await pool.query(`UPDATE campaigns SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
    c.id,
    new Date(Date.now() + startsInDays * DAY),
    new Date(Date.now() + (startsInDays + 20) * DAY),
  ]);
  return c.id;
}

/** A fresh creator (with a channel) and their accepted match in `campaignId`. */
async function acceptedMatchIn(campaignId: string) {
  const c = await creatorWithUser();
  const m = await insertTrackedMatch(
    pool,
    { brandId, campaignId, creatorId: c.creatorId },
    { agreed: 1 },
  );
  return { c, m };
}

const link = (userId: string, input: unknown) =>
  linkMatchVideoAction(() => loadSessionUser(userId), source)(input);

beforeAll(async () => {
  standIn = await startVideosListStandIn();
  source = youtubeVideoStats(
    createYoutubeClient(
      { dataApiBase: standIn.baseUrl, analyticsApiBase: standIn.baseUrl },
      { apiKey: standIn.apiKey },
    ),
  );
  const b = await createBrandWithManager();
  brandId = b.brand.id;
  campaignId = await campaign(-1);
  const c = await creatorWithUser();
  creatorUserId = c.userId;
  matchId = (
    await insertTrackedMatch(
      pool,
      { brandId, campaignId, creatorId: c.creatorId },
      { agreed: 300_000, predicted: [1_000, 5_000] },
    )
  ).matchId;
  standIn.videos.set("AAAAAAAAAAA", { views: 1_000, likes: 50, comments: 5, channelId: c.channel });
});

afterAll(async () => standIn.close());

describe("sponsored videos", () => {
  it("links a video by URL and takes its statistics as the baseline", async () => {
    const res = await link(creatorUserId, { matchId, video: "https://youtu.be/AAAAAAAAAAA?si=x" });
    expect(res).toEqual({
      ok: true,
      data: { id: expect.any(String), videoId: "AAAAAAAAAAA", baselineViews: 1_000 },
    });
    const again = await link(creatorUserId, { matchId, video: "AAAAAAAAAAA" });
    expect(again).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("refuses what is not a YouTube video, unknown videos, other creators and unaccepted matches", async () => {
    expect(await link(creatorUserId, { matchId, video: "https://vimeo.com/1234" })).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { video: [expect.stringContaining("YouTube")] } },
    });
    expect(await link(creatorUserId, { matchId, video: "ZZZZZZZZZZZ" })).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { video: [expect.stringContaining("private")] } },
    });
    expect(await link(creatorUserId, { matchId, video: "x".repeat(301) })).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { video: expect.any(Array) } },
    });
    const other = await creatorWithUser();
    expect(await link(other.userId, { matchId, video: "AAAAAAAAAAA" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO matches (id, campaign_id, creator_id, status, score, audience_overlap, category_match,
                            performance_prediction, budget_fit, confidence, forecast, predicted_views_min,
                            predicted_views_max, features_at_proposal, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'NEGOTIATING', 60, 0.5, 0.5, 0.5, 0.5, 'HIGH', '{}', 1, 2, '{}', now())
       RETURNING id`,
      [campaignId, other.creatorId],
    );
    expect(await link(other.userId, { matchId: rows[0].id, video: "AAAAAAAAAAA" })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    const manager = await createUser("BRAND_MANAGER");
    expect(await link(manager.id, { matchId, video: "AAAAAAAAAAA" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("snapshots daily and credits the campaign with the growth since the baseline", async () => {
    standIn.videos.set("AAAAAAAAAAA", {
      ...standIn.videos.get("AAAAAAAAAAA")!,
      views: 4_000,
      likes: 150,
      comments: 15,
    });
    const result = await snapshotMatchVideos(pool, source);
    expect(result.snapshots).toBeGreaterThanOrEqual(1);
    const report = await getCampaignReport([brandId], campaignId);
    expect(report.totals).toMatchObject({ views: 3_000, likes: 100, comments: 10 });
    expect(report.forecast.rows[0]).toMatchObject({ actual: 3_000, withinRange: true });
    expect(report.daily.points.at(-1)).toMatchObject({ views: 3_000 });
  });

  it("takes the baseline of a video linked before the campaign starts on the first run after the start", async () => {
    const later = await campaign(2);
    const { c, m } = await acceptedMatchIn(later);
    standIn.videos.set("BBBBBBBBBBB", { views: 500, likes: 1, comments: 0, channelId: c.channel });
    const linked = await link(c.userId, { matchId: m.matchId, video: "BBBBBBBBBBB" });
    expect(linked).toMatchObject({ ok: true, data: { baselineViews: null } });
    standIn.videos.set("BBBBBBBBBBB", { views: 900, likes: 2, comments: 0, channelId: c.channel });
    await snapshotMatchVideos(pool, source, new Date(Date.now() + 3 * DAY));
    const { rows } = await pool.query(
      `SELECT baseline_views::int AS v FROM match_videos WHERE match_id = $1`,
      [m.matchId],
    );
    expect(rows).toEqual([{ v: 900 }]);
  });

  it("records a failed sync on the video and keeps its last good figures", async () => {
    standIn.state.failing = true;
    try {
      const result = await snapshotMatchVideos(pool, source);
      expect(result.failed).toBeGreaterThanOrEqual(1);
    } finally {
      standIn.state.failing = false;
    }
    const { rows } = await pool.query(
      `SELECT last_sync_error FROM match_videos WHERE match_id = $1`,
      [matchId],
    );
    expect(rows[0].last_sync_error).toBe("The service is currently unavailable.");
    const report = await getCampaignReport([brandId], campaignId);
    expect(report.totals.views).toBe(3_000);
  });

  it("refuses a video of another channel, or any video before a channel is connected, with the field", async () => {
    const stranger = await creatorWithUser();
    standIn.videos.set("CCCCCCCCCCC", {
      views: 9,
      likes: 0,
      comments: 0,
      channelId: stranger.channel,
    });
    expect(await link(creatorUserId, { matchId, video: "CCCCCCCCCCC" })).toMatchObject({
      ok: false,
      error: {
        code: "validation_failed",
        fields: { video: ["This video is not on your connected YouTube channel"] },
      },
    });
    const unconnected = await creatorWithUser(false);
    const m = await insertTrackedMatch(
      pool,
      { brandId, campaignId, creatorId: unconnected.creatorId },
      { agreed: 1 },
    );
    expect(
      await link(unconnected.userId, { matchId: m.matchId, video: "CCCCCCCCCCC" }),
    ).toMatchObject({
      ok: false,
      error: { code: "validation_failed", fields: { video: [expect.stringContaining("Connect")] } },
    });
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM match_videos WHERE video_id = 'CCCCCCCCCCC'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it("credits every view of a video published after the campaign start (baseline 0), linked late", async () => {
    const running = await campaign(-5);
    const { c, m } = await acceptedMatchIn(running);
    standIn.videos.set("DDDDDDDDDDD", {
      views: 7_000,
      likes: 70,
      comments: 7,
      channelId: c.channel,
      publishedAt: new Date(Date.now() - 3 * DAY),
    });
    const linked = await link(c.userId, { matchId: m.matchId, video: "DDDDDDDDDDD" });
    expect(linked).toMatchObject({ ok: true, data: { baselineViews: 0 } });
    const report = await getCampaignReport([brandId], running);
    expect(report.totals).toMatchObject({ views: 7_000, likes: 70, comments: 7 });
  });

  it("gives a video linked before the start but published after it a baseline of 0 in the job", async () => {
    const later = await campaign(2);
    const { c, m } = await acceptedMatchIn(later);
    standIn.videos.set("EEEEEEEEEEE", { views: 0, likes: 0, comments: 0, channelId: c.channel });
    expect(await link(c.userId, { matchId: m.matchId, video: "EEEEEEEEEEE" })).toMatchObject({
      ok: true,
      data: { baselineViews: null },
    });
    // premiered a day after the start; the job's first run after it reads 2,500 views
    standIn.videos.set("EEEEEEEEEEE", {
      views: 2_500,
      likes: 25,
      comments: 2,
      channelId: c.channel,
      publishedAt: new Date(Date.now() + 2.5 * DAY),
    });
    await snapshotMatchVideos(pool, source, new Date(Date.now() + 3 * DAY));
    const { rows } = await pool.query(
      `SELECT mv.baseline_views::int AS base, s.views::int AS views
         FROM match_videos mv JOIN video_stat_snapshots s ON s.match_video_id = mv.id
        WHERE mv.match_id = $1`,
      [m.matchId],
    );
    expect(rows).toEqual([{ base: 0, views: 2_500 }]);
  });
});
