// Creator home data: the creator's own profile, channels, proposals and videos only.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getChannelViewSeries } from "../creators/get-channel-view-series.ts";
import { getCreatorHome } from "../creators/get-creator-home.ts";
import { listCreatorProposals } from "./list-creator-proposals.ts";
import type { Queryable } from "./queryable.ts";
import {
  insertBrand,
  insertCampaign,
  insertChannel,
  insertCreator,
  insertMatch,
  insertVideo,
  snapshotTransaction,
} from "./test-fixtures.ts";

let db: Queryable;
let done: () => Promise<void>;
let me: string;
let other: string;
let myChannel: string;
let otherChannel: string;

beforeEach(async () => {
  ({ db, done } = await snapshotTransaction());
  me = await insertCreator(db, {
    name: "Haneul",
    categories: ["beauty", "fashion"],
    region: "Seoul",
    ratePerVideo: 800_000,
  });
  other = await insertCreator(db, { name: "Other", categories: ["food"], region: "Busan" });
  myChannel = await insertChannel(db, me, { tier: "MID", subscribers: 42_000, source: "VERIFIED" });
  await insertChannel(db, me, {
    tier: "MICRO",
    subscribers: 3_000,
    platform: "INSTAGRAM",
    engagementRate: 0.08,
  });
  otherChannel = await insertChannel(db, other, { tier: "MACRO", subscribers: 300_000 });
  // 55 videos, one a day; only the latest 50 count. Engagement (likes + comments) / views
  // is 0.05 on odd days and 0.07 on even days, views grow by 100 a day.
  for (let i = 0; i < 55; i++) {
    const views = 1_000 + i * 100;
    const rate = i % 2 ? 0.05 : 0.07;
    await insertVideo(db, myChannel, {
      publishedAt: new Date(Date.UTC(2025, 0, 1 + i, 3)),
      views,
      likes: Math.round(views * rate) - 10,
      comments: 10,
      title: `Video ${i}`,
    });
  }
  await insertVideo(db, otherChannel, {
    publishedAt: new Date("2025-01-01T00:00:00Z"),
    views: 99,
    likes: 1,
    comments: 1,
  });

  const brand = await insertBrand(db, { name: "Glow Lab" });
  const c1 = await insertCampaign(db, brand, { title: "Spring launch" });
  const c2 = await insertCampaign(db, brand, { title: "Shortlist only" });
  const c3 = await insertCampaign(db, brand, { title: "Held by review" });
  const c4 = await insertCampaign(db, brand, { title: "Not mine" });
  await insertMatch(db, c1, me, {
    status: "NEGOTIATING",
    offer: 700_000,
    reviewStatus: "APPROVED",
  });
  await insertMatch(db, c2, me, { status: "PENDING", offer: 500_000 });
  // the ways a proposal never reaches the creator: waiting for review, rejected in
  // review, withdrawn or expired while it waited
  await insertMatch(db, c3, me, { status: "PENDING", offer: 9_000_000, reviewStatus: "PENDING" });
  for (const [title, status, reviewStatus] of [
    ["Rejected in review", "REJECTED", "REJECTED"],
    ["Withdrawn before review", "REJECTED", "CLOSED"],
    ["Expired in review", "EXPIRED", "CLOSED"],
  ] as const) {
    const c = await insertCampaign(db, brand, { title });
    await insertMatch(db, c, me, { status, offer: 9_000_000, reviewStatus });
  }
  await insertMatch(db, c4, other, { status: "CONTACTED", offer: 100_000 });
});

afterEach(async () => {
  await done();
});

describe("getCreatorHome", () => {
  it("returns the profile, rate card and channels, biggest channel first", async () => {
    const home = await getCreatorHome(me, db);
    expect(home).not.toBeNull();
    expect(home!.displayName).toBe("Haneul");
    expect(home!.categories).toEqual(["beauty", "fashion"]);
    expect(home!.rateCard).toEqual({
      perVideo: 800_000,
      perShort: null,
      perVisit: null,
      perPost: null,
      currency: "KRW",
    });
    expect(home!.channels.map((c) => [c.platform, c.tier, c.subscribers, c.source])).toEqual([
      ["YOUTUBE", "MID", 42_000, "VERIFIED"],
      ["INSTAGRAM", "MICRO", 3_000, "ESTIMATED"],
    ]);
    expect(home!.onboardingComplete).toBe(true);
  });

  it("computes engagement and median views over the last 50 videos when not stored", async () => {
    const yt = (await getCreatorHome(me, db))!.channels[0];
    // last 50 videos are i = 5..54: 25 at 0.05 and 25 at 0.07 → median 0.06
    expect(yt.engagementRate).toBeCloseTo(0.06, 3);
    // views 1500..6400 → median (3900 + 4000) / 2
    expect(yt.medianViews).toBe(3950);
    expect(yt.lastVideoAt?.toISOString()).toBe(new Date(Date.UTC(2025, 0, 55, 3)).toISOString());
  });

  it("shows the figures the matching reads (and brands see) on the channel they come from", async () => {
    await db.query(
      `INSERT INTO creator_features (creator_id, platform, tier, video_count, median_views,
          views_p25, views_p75, engagement_rate, like_rate, comment_rate, share_rate, uploads_per_30d)
       VALUES ($1, 'YOUTUBE', 'MACRO', 50, 4012.6, 3000, 5000, 0.061, 0.05, 0.011, 0, 30)`,
      [me],
    );
    const [yt, ig] = (await getCreatorHome(me, db))!.channels;
    expect([yt.tier, yt.medianViews, yt.engagementRate]).toEqual(["MACRO", 4013, 0.061]);
    // the other platform's channel keeps its own
    expect([ig.tier, ig.medianViews, ig.engagementRate]).toEqual(["MICRO", null, 0.08]);
  });

  it("keeps a stored engagement rate", async () => {
    const ig = (await getCreatorHome(me, db))!.channels[1];
    expect(ig.engagementRate).toBe(0.08);
  });

  it("is null for an unknown creator", async () => {
    expect(await getCreatorHome("00000000-0000-4000-8000-000000000000", db)).toBeNull();
  });
});

describe("listCreatorProposals", () => {
  it("shows matches that went out, not shortlisted ones or any held, rejected, withdrawn or expired in review, and nobody else's", async () => {
    const rows = await listCreatorProposals(me, {}, db);
    expect(rows.map((r) => [r.campaignTitle, r.status, r.brandName, r.offerAmount])).toEqual([
      ["Spring launch", "NEGOTIATING", "Glow Lab", 700_000],
    ]);
  });
});

describe("getChannelViewSeries", () => {
  it("returns the last 50 videos oldest first with Korea-time dates", async () => {
    const series = await getChannelViewSeries(me, myChannel, {}, db);
    expect(series).toHaveLength(50);
    expect(series[0]).toEqual({ x: "2025-01-06", y: 1_500, title: "Video 5" });
    expect(series.at(-1)).toEqual({ x: "2025-02-24", y: 6_400, title: "Video 54" });
  });

  it("returns nothing for a channel of another creator", async () => {
    expect(await getChannelViewSeries(me, otherChannel, {}, db)).toEqual([]);
  });
});
