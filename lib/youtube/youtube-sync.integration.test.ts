// The YouTube sync end to end on a real Postgres and the local stand-in: the real
// client code, real HTTP, Google-shaped responses for each scenario.
import { openText } from "@/lib/crypto/secret-box";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool, prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createUser } from "@/test/helpers/fixtures";
import { LOCAL_GOOGLE_CLIENT } from "@/scripts/dev/oidc-provider";
import { startYoutubeStandIn, type YoutubeStandIn } from "@/scripts/dev/youtube-stand-in";
import { youtubeConfig, type YoutubeConfig } from "./config";
import { disconnectYoutube } from "./disconnect-youtube";
import { getYoutubeConnection } from "./get-youtube-connection";
import { saveYoutubeConnection } from "./save-connection";
import { syncAllYoutubeChannels } from "./sync-all-youtube-channels";
import { QUOTA_BACKOFF_MS, syncYoutubeChannel } from "./sync-youtube-channel";

let standIn: YoutubeStandIn;
let config: YoutubeConfig;

beforeAll(async () => {
  standIn = await startYoutubeStandIn({
    port: 0,
    redirectUris: ["http://localhost:3000/api/youtube/callback"],
  });
  config = youtubeConfig({
    ...env(),
    ...standIn.env,
    GOOGLE_CLIENT_ID: LOCAL_GOOGLE_CLIENT.id,
    GOOGLE_CLIENT_SECRET: LOCAL_GOOGLE_CLIENT.secret,
  });
});
afterAll(() => standIn.close());

let n = 0;
/** A signed-up creator whose Google account is `word`-flavoured, already connected. */
async function connectedCreator(word: string) {
  const email = `yt-${word}-${Date.now().toString(36)}-${n++}@test.local`;
  const user = await createUser("CREATOR", email);
  const creator = await prisma.creator.create({
    data: {
      userId: user.id,
      displayName: `Creator ${word}`,
      categories: ["beauty"],
      region: "Seoul",
    },
  });
  const t = standIn.issueTokens(email);
  await saveYoutubeConnection(pool, config, creator.id, {
    accessToken: t.access_token,
    refreshToken: t.refresh_token,
    expiresAt: new Date(Date.now() + t.expires_in * 1000),
    scopes: t.scope.split(" "),
  });
  return { user, creator, email };
}

async function channelOf(creatorId: string) {
  return prisma.channel.findFirstOrThrow({
    where: { creatorId, platform: "YOUTUBE" },
    include: { audience: true, _count: { select: { videos: true } } },
  });
}

describe("YouTube sync", () => {
  it("stores verified statistics, the last 50 uploads and the audience, and re-ranks at once", async () => {
    const { creator } = await connectedCreator("plain");
    const outcome = await syncYoutubeChannel(pool, config, creator.id);
    expect(outcome).toMatchObject({ status: "OK", videos: 50, audience: true });

    const ch = await channelOf(creator.id);
    expect(ch.statsSource).toBe("VERIFIED");
    expect(ch.statsFetchedAt).toBeInstanceOf(Date);
    expect(ch.subscriberCount).toBeGreaterThan(20_000);
    expect(ch.subscribersHidden).toBe(false);
    expect(ch.title).toMatch(/\p{Script=Hangul}/u);
    expect(ch._count.videos).toBe(50);
    const dims = new Set(ch.audience.map((a) => a.dimension));
    expect(dims).toEqual(new Set(["AGE", "GENDER", "COUNTRY"]));
    expect(ch.audience.every((a) => a.source === "VERIFIED")).toBe(true);
    const kr = ch.audience.find((a) => a.dimension === "COUNTRY" && a.bucket === "KR");
    expect(kr?.share).toBeCloseTo(0.814, 3);
    const age = ch.audience.filter((a) => a.dimension === "AGE").reduce((s, a) => s + a.share, 0);
    expect(age).toBeGreaterThan(0.97);

    const features = await prisma.creatorFeature.findUniqueOrThrow({
      where: { creatorId: creator.id },
    });
    expect(features.audienceSource).toBe("VERIFIED");
    const creatorRow = await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } });
    expect(creatorRow.onboardingStep).toBe("PROFILE");

    const conn = await getYoutubeConnection(pool, creator.id);
    expect(conn).toMatchObject({
      status: "OK",
      error: null,
      syncing: false,
      analyticsGranted: true,
    });
  });

  it("follows nextPageToken over short pages to collect 50 uploads", async () => {
    const { creator, email } = await connectedCreator("paging");
    expect(await syncYoutubeChannel(pool, config, creator.id)).toMatchObject({
      status: "OK",
      videos: 50,
    });
    const pages = standIn.calls.filter(
      (c) => c.email === email && c.path.endsWith("/playlistItems"),
    );
    expect(pages).toHaveLength(3); // 20 + 20 + 10
  });

  it("refreshes an expired access token once, retries, and stores the new token sealed", async () => {
    const { creator, email } = await connectedCreator("expired");
    const before = await prisma.youtubeConnection.findUniqueOrThrow({
      where: { creatorId: creator.id },
    });
    expect(await syncYoutubeChannel(pool, config, creator.id)).toMatchObject({ status: "OK" });
    const calls = standIn.calls.filter((c) => c.email === email || c.status === 401);
    const channelCalls = calls.filter((c) => c.path.endsWith("/channels"));
    expect(channelCalls.map((c) => c.status)).toEqual([401, 200]);
    const after = await prisma.youtubeConnection.findUniqueOrThrow({
      where: { creatorId: creator.id },
    });
    expect(after.accessTokenEnc).not.toBe(before.accessTokenEnc);
    expect(openText(after.accessTokenEnc)).toMatch(/^ya29\./);
    expect(after.accessTokenEnc).not.toContain("ya29");
    expect(after.refreshTokenEnc).toBe(before.refreshTokenEnc);
  });

  it("keeps the old figures on quotaExceeded, says so, and backs off", async () => {
    const { creator } = await connectedCreator("quota");
    const first = await syncYoutubeChannel(pool, config, creator.id);
    expect(first.status).toBe("OK");
    const kept = await channelOf(creator.id);

    const t0 = new Date();
    const second = await syncYoutubeChannel(pool, config, creator.id, { now: () => t0 });
    expect(second).toEqual({
      status: "QUOTA_EXCEEDED",
      keptFrom: (first as { fetchedAt: Date }).fetchedAt,
      retryAfter: new Date(t0.getTime() + QUOTA_BACKOFF_MS),
    });
    const now = await channelOf(creator.id);
    expect(now.subscriberCount).toBe(kept.subscriberCount);
    expect(now.statsFetchedAt).toEqual(kept.statsFetchedAt);
    expect(now.statsSource).toBe("VERIFIED");
    expect(now.audience).toHaveLength(kept.audience.length);
    const conn = await getYoutubeConnection(pool, creator.id);
    expect(conn?.status).toBe("QUOTA_EXCEEDED");
    expect(conn?.error).toMatch(/exceeded your/);

    // Backing off: the next try spends nothing at Google.
    const callsBefore = standIn.calls.length;
    const third = await syncYoutubeChannel(pool, config, creator.id);
    expect(third.status).toBe("QUOTA_EXCEEDED");
    expect(standIn.calls.length).toBe(callsBefore);
  });

  it("stores a hidden subscriber count as hidden, with a tier from views", async () => {
    const { creator } = await connectedCreator("hidden");
    expect(await syncYoutubeChannel(pool, config, creator.id)).toMatchObject({ status: "OK" });
    const ch = await channelOf(creator.id);
    expect(ch.subscriberCount).toBeNull();
    expect(ch.subscribersHidden).toBe(true);
    expect(ch.medianViews).toBeGreaterThan(0);
    const features = await prisma.creatorFeature.findUniqueOrThrow({
      where: { creatorId: creator.id },
    });
    expect(features.subscribers).toBeNull();
  });

  it("syncs a channel with no analytics yet: statistics verified, no audience", async () => {
    const { creator } = await connectedCreator("noanalytics");
    expect(await syncYoutubeChannel(pool, config, creator.id)).toMatchObject({
      status: "OK",
      audience: false,
    });
    const ch = await channelOf(creator.id);
    expect(ch.statsSource).toBe("VERIFIED");
    expect(ch.audience).toEqual([]);
  });

  it("marks a revoked grant AUTH_FAILED and keeps the figures", async () => {
    const { creator } = await connectedCreator("revoked");
    await syncYoutubeChannel(pool, config, creator.id);
    // The creator removed the app at myaccount.google.com: both tokens die.
    const row = await prisma.youtubeConnection.findUniqueOrThrow({
      where: { creatorId: creator.id },
    });
    for (const enc of [row.accessTokenEnc, row.refreshTokenEnc!]) {
      await fetch(config.revokeUrl, {
        method: "POST",
        body: new URLSearchParams({ token: openText(enc, config.tokenKey) }),
      });
    }
    const outcome = await syncYoutubeChannel(pool, config, creator.id);
    expect(outcome).toMatchObject({ status: "AUTH_FAILED" });
    expect((await channelOf(creator.id)).statsSource).toBe("VERIFIED");
  });

  it("disconnect deletes the tokens and the analytics, and unlabels the statistics", async () => {
    const { creator } = await connectedCreator("bye");
    await syncYoutubeChannel(pool, config, creator.id);
    const result = await disconnectYoutube(pool, config, creator.id);
    expect(result).toEqual({ revokedAtGoogle: true });
    expect(await prisma.youtubeConnection.count({ where: { creatorId: creator.id } })).toBe(0);
    const ch = await channelOf(creator.id);
    expect(ch.statsSource).toBe("ESTIMATED");
    expect(ch.audience).toEqual([]);
    const features = await prisma.creatorFeature.findUniqueOrThrow({
      where: { creatorId: creator.id },
    });
    expect(features.audienceSource).not.toBe("VERIFIED");
    await expect(disconnectYoutube(pool, config, creator.id)).rejects.toThrow(/not found/);
  });

  it("the hourly job syncs every connection that is not backing off", async () => {
    const a = await connectedCreator("joba");
    const b = await connectedCreator("jobb");
    const counts = await syncAllYoutubeChannels(pool, config);
    expect(counts.OK).toBeGreaterThanOrEqual(2);
    for (const c of [a, b]) {
      expect((await getYoutubeConnection(pool, c.creator.id))?.status).not.toBe("PENDING");
    }
  });
});
