// Hand-made features and campaigns for the matching unit tests.
import type { CampaignSpec, CreatorFeatures, CreatorRecord } from "./types.ts";

// A mid-tier YouTube beauty/fashion channel whose numbers make the factor math easy
// to follow by hand: shares are multiples of 0.2 (exact in the index's 1/255 steps),
// the median is 10,000 views (log10 = 4), engagement is exactly the mid norm.
export function makeFeatures(overrides: Partial<CreatorFeatures> = {}): CreatorFeatures {
  return {
    id: "c1",
    platform: "youtube",
    tier: "mid",
    subscribers: 50_000,
    subscribersHidden: false,
    videoCount: 50,
    medianViews: 10_000,
    viewsP25: 8_000,
    viewsP75: 12_000,
    engagementRate: 0.04,
    likeRate: 0.036,
    commentRate: 0.004,
    shareRate: 0,
    uploadsPer30d: 4,
    daysSinceLastVideo: 5,
    categories: ["fashion", "beauty"],
    region: "Seoul",
    country: "KR",
    ratePerVideo: 1_000_000,
    currency: "KRW",
    audienceAge: [0, 0.2, 0.4, 0.2, 0.2, 0, 0],
    audienceGender: [0.8, 0.2],
    audienceCountries: { KR: 0.8, US: 0.2 },
    audienceSource: "verified",
    ...overrides,
  };
}

export function makeCampaign(overrides: Partial<CampaignSpec> = {}): CampaignSpec {
  return {
    title: "Spring cushion launch",
    category: "beauty",
    platforms: ["youtube"],
    budget: 10_000_000,
    currency: "KRW",
    targetAudience: {
      ageRanges: ["18-24", "25-34"],
      genders: ["female"],
      countries: ["KR"],
      regions: [],
    },
    type: "sponsored_video",
    ...overrides,
  };
}

export const NOW = new Date("2026-11-01T00:00:00Z");

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

export function makeRecord(overrides: Partial<CreatorRecord> = {}): CreatorRecord {
  return {
    id: "r1",
    platform: "youtube",
    channelName: "Test channel",
    subscribers: 120_000,
    categories: ["beauty"],
    region: "Seoul",
    country: "KR",
    ratePerVideo: 1_500_000,
    currency: "KRW",
    videos: Array.from({ length: 20 }, (_, k) => ({
      publishedAt: daysAgo(5 + 7 * k),
      views: 10_000 + 100 * k,
      likes: 400,
      comments: 40,
    })),
    ...overrides,
  };
}
