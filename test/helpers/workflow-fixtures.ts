// Creators the engine can score, signed-in creator users, and matches in any state,
// for the match workflow's integration tests. Everything is created fresh per call.
import { pool, prisma } from "@/lib/db/client";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import { importCreatorRecords } from "@/lib/creators/import-creator-records";
import type { MatchStatus } from "@/lib/db/generated/enums";
import { createUser } from "./fixtures";

const DAY = 86_400_000;
let n = 0;

/**
 * A creator with a user account, a channel with steady views and a verified audience
 * (a confident score), and optionally a completed match (no "new creator" review).
 */
export async function createScoredCreator(opts: { track?: boolean } = {}) {
  const user = await createUser("CREATOR");
  const key = `wf-${Date.now().toString(36)}-${(n++).toString(36)}`;
  const views = 20_000;
  const { creatorIds } = await importCreatorRecords(pool, [
    {
      id: key,
      platform: "youtube",
      channelName: `${key} channel`,
      subscribers: 150_000,
      categories: ["beauty"],
      region: "Seoul",
      country: "KR",
      ratePerVideo: 1_000_000,
      currency: "KRW",
      videos: Array.from({ length: 24 }, (_, i) => ({
        publishedAt: new Date(Date.now() - (4 + i * 5) * DAY).toISOString(),
        views: views + (i % 3) * 500,
        likes: Math.round(views * 0.04),
        comments: Math.round(views * 0.004),
      })),
      audience: {
        age: { "18-24": 0.5, "25-34": 0.4, "35-44": 0.1 },
        gender: { female: 0.8, male: 0.2 },
        countries: { KR: 0.95, US: 0.05 },
      },
      audienceSource: "verified",
    },
  ]);
  const creatorId = creatorIds[0];
  await prisma.creator.update({ where: { id: creatorId }, data: { userId: user.id } });
  await (await getFeatureIndexCache()).refresh();
  if (opts.track) await insertMatchRow(creatorId, "COMPLETED");
  return { user, creatorId };
}

/** A bare match row in `status` for a fresh campaign of a fresh brand (track record). */
export async function insertMatchRow(
  creatorId: string,
  status: MatchStatus,
  campaignId?: string,
  extra: { offerAmount?: bigint } = {},
) {
  const cid = campaignId ?? (await otherCampaign());
  return prisma.match.create({
    data: {
      campaignId: cid,
      creatorId,
      status,
      score: 70,
      audienceOverlap: 70,
      categoryMatch: 70,
      performancePrediction: 70,
      budgetFit: 70,
      confidence: "HIGH",
      forecast: {},
      predictedViewsMin: 1,
      predictedViewsMax: 2,
      featuresAtProposal: {},
      ...extra,
    },
  });
}

async function otherCampaign(): Promise<string> {
  const brand = await prisma.brand.create({
    data: { name: `Past brand ${n++}`, category: "beauty" },
  });
  const c = await prisma.campaign.create({
    data: { brandId: brand.id, title: "Past campaign", category: "beauty", budget: 1_000_000n },
  });
  return c.id;
}
