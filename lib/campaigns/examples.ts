// Examples for the campaign operations of the OpenAPI document (a test parses each
// with the schema it illustrates).
export const CAMPAIGN_EXAMPLE = {
  id: "3f1d2c4b-8a6e-4f2a-9b1c-2d3e4f5a6b7c",
  brandId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  title: "봄 쿠션 팩트 런칭",
  productName: "Glow Cushion SPF50",
  productUrl: "https://smartstore.naver.com/glowlab/products/123",
  description: null,
  category: "beauty",
  type: "SPONSORED_VIDEO",
  status: "DRAFT",
  platforms: ["YOUTUBE"],
  budget: 12000000,
  currency: "KRW",
  startsAt: "2026-12-01T00:00:00.000Z",
  endsAt: "2026-12-31T00:00:00.000Z",
  targetAudience: {
    ageRanges: ["18-24", "25-34"],
    genders: ["female"],
    countries: ["KR"],
    regions: ["Seoul"],
    interests: [],
  },
  matchingWeights: null,
  matchingFilters: null,
  version: 1,
  createdAt: "2026-11-20T09:30:00.000Z",
  updatedAt: "2026-11-20T09:30:00.000Z",
};

export const CREATE_CAMPAIGN_EXAMPLE = {
  title: "봄 쿠션 팩트 런칭",
  productName: "Glow Cushion SPF50",
  category: "beauty",
  budget: 12000000,
  startsAt: "2026-12-01",
  endsAt: "2026-12-31",
  targetAudience: {
    ageRanges: ["18-24", "25-34"],
    genders: ["female"],
    countries: ["KR"],
    regions: ["Seoul"],
  },
};
