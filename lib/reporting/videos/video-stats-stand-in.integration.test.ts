// The statistics job's reads go through the one YouTube client with the platform's API
// key, and the development stand-in (scripts/dev/youtube-stand-in.ts) answers them as
// Google does: any known public video with its snippet and statistics, a wrong key 400.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createYoutubeClient } from "@/lib/youtube/client";
import { YoutubeApiError } from "@/lib/youtube/errors";
import { fixtureChannelFor } from "@/scripts/dev/youtube-fixtures";
import { startYoutubeStandIn, type YoutubeStandIn } from "@/scripts/dev/youtube-stand-in";
import { youtubeVideoStats } from "./video-stats-source.ts";
import { demoVideo, demoVideoCounts, demoVideoId } from "@/lib/demo-data/demo-videos";

let standIn: YoutubeStandIn;
const source = (apiKey: string | undefined) =>
  youtubeVideoStats(
    createYoutubeClient(
      {
        dataApiBase: standIn.env.YOUTUBE_DATA_API_BASE_URL,
        analyticsApiBase: standIn.env.YOUTUBE_ANALYTICS_API_BASE_URL,
      },
      { apiKey },
    ),
  );

beforeAll(async () => {
  standIn = await startYoutubeStandIn({ port: 0, redirectUris: ["http://localhost/cb"] });
});
afterAll(async () => standIn.close());

describe("video statistics through the YouTube client and the stand-in", () => {
  it("reads a creator's public videos with the API key: owner channel, publish time, counts", async () => {
    const email = `stats-${Date.now()}@example.com`;
    standIn.issueTokens(email); // the creator connected their channel
    const channel = fixtureChannelFor(email);
    const [a, b] = channel.videos;
    const stats = await source(standIn.env.YOUTUBE_API_KEY).fetchStatistics([
      a.id,
      b.id,
      "unknownVid0",
    ]);
    expect([...stats.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(stats.get(a.id)).toEqual({
      views: a.views,
      likes: a.likes,
      comments: a.comments,
      channelId: channel.id,
      publishedAt: new Date(a.publishedAt),
    });
    expect(standIn.calls.at(-1)).toEqual({
      path: "/youtube/v3/videos",
      email: "(api key)",
      status: 200,
    });
  });

  it("reads the demo's sponsored videos from the curve their id carries, at the time of the call", async () => {
    const video = demoVideo({
      publishedAt: new Date(Date.now() - 3 * 86_400_000),
      baseViews: 5_000,
      gainedViews: 40_000,
      n: 1,
    });
    const id = demoVideoId(video);
    const before = demoVideoCounts(video, new Date());
    const stats = await source(standIn.env.YOUTUBE_API_KEY).fetchStatistics([id]);
    const after = demoVideoCounts(video, new Date());
    const read = stats.get(id)!;
    expect(read).toMatchObject({
      channelId: expect.stringMatching(/^UC/),
      publishedAt: video.publishedAt,
    });
    // three days in: most of the two weeks' gain, not all of it
    expect(read.views).toBeGreaterThanOrEqual(before.views);
    expect(read.views).toBeLessThanOrEqual(after.views);
    expect(read.views).toBeGreaterThan(5_000 + 20_000);
    expect(read.views).toBeLessThan(5_000 + 40_000);
    expect(read.likes).toBe(Math.round(read.views * 0.04));
    // a demo video published only later is not found yet
    const later = demoVideoId(
      demoVideo({ ...video, publishedAt: new Date(Date.now() + 2 * 3_600_000) }),
    );
    const none = await source(standIn.env.YOUTUBE_API_KEY).fetchStatistics([later]);
    expect(none.size).toBe(0);
  });

  it("refuses a wrong key with Google's 400, which the client raises", async () => {
    const error = await source("wrong-key")
      .fetchStatistics(["abc"])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(YoutubeApiError);
    expect(error).toMatchObject({ status: 400, message: expect.stringContaining("API key") });
  });
});
