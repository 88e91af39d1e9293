// Campaigns of every brand in every status. 글로우랩's (Glow Lab's) (the demo brand manager's) are
// written out so that the demo tells the same story every time; the rest are drawn.
import { regionKo } from "./korean-names.ts";
import { AGE_BUCKETS, category } from "./catalog.ts";
import type { BrandSeed } from "./brand-list.ts";
import type { GeneratedBrand } from "./generate-brands.ts";
import { districtLabel } from "../matching/engine/district-label.ts";
import { normalizeDistrict } from "../matching/engine/regions.ts";
import { Rng } from "../random/seeded-random.ts";
import type { CampaignRow, CampaignStatus, CampaignType } from "./types.ts";

const DAY = 86_400_000;

type CampaignSpec = {
  status: CampaignStatus;
  type: CampaignType;
  product: string;
  title: string;
  budget: number;
  /** days relative to now; null = not scheduled yet */
  startsIn: number | null;
  endsIn: number | null;
  createdIn: number;
};

// The demo brand's campaigns. The first ACTIVE one is old enough (45 days) for
// matches to have expired in it, so it can show every workflow state.
const GLOW_LAB: CampaignSpec[] = [
  {
    status: "ACTIVE",
    type: "SPONSORED_VIDEO",
    product: "듀이 시카 쿠션",
    title: "듀이 시카 쿠션 겨울 런칭",
    budget: 48_000_000,
    startsIn: -35,
    endsIn: 40,
    createdIn: -45,
  },
  {
    status: "ACTIVE",
    type: "PRODUCT_REVIEW",
    product: "비타C 세럼",
    title: "비타C 세럼 솔직 리뷰",
    budget: 22_000_000,
    startsIn: -12,
    endsIn: 50,
    createdIn: -20,
  },
  {
    status: "ACTIVE",
    type: "GIFTING",
    product: "쌀뜨물 토너패드",
    title: "쌀뜨물 토너패드 시딩",
    budget: 8_000_000,
    startsIn: -5,
    endsIn: 25,
    createdIn: -9,
  },
  {
    status: "PAUSED",
    type: "SPONSORED_VIDEO",
    product: "데일리 마일드 선크림",
    title: "데일리 마일드 선크림 실내 자외선 캠페인",
    budget: 30_000_000,
    startsIn: -40,
    endsIn: 20,
    createdIn: -52,
  },
  {
    status: "COMPLETED",
    type: "SPONSORED_VIDEO",
    product: "듀이 시카 쿠션",
    title: "듀이 시카 쿠션 봄 런칭",
    budget: 60_000_000,
    startsIn: -260,
    endsIn: -200,
    createdIn: -275,
  },
  {
    status: "COMPLETED",
    type: "PRODUCT_REVIEW",
    product: "비타C 세럼",
    title: "비타C 세럼 출시 리뷰",
    budget: 35_000_000,
    startsIn: -140,
    endsIn: -90,
    createdIn: -152,
  },
  {
    status: "COMPLETED",
    type: "AFFILIATE",
    product: "데일리 마일드 선크림",
    title: "데일리 마일드 선크림 크리에이터 할인코드",
    budget: 15_000_000,
    startsIn: -75,
    endsIn: -30,
    createdIn: -84,
  },
  {
    status: "DRAFT",
    type: "SPONSORED_VIDEO",
    product: "듀이 시카 쿠션",
    title: "연말 선물 세트",
    budget: 40_000_000,
    startsIn: 20,
    endsIn: 60,
    createdIn: -3,
  },
  {
    status: "DRAFT",
    type: "PRODUCT_REVIEW",
    product: "쌀뜨물 토너패드",
    title: "토너패드 리필 리뷰 캠페인",
    budget: 12_000_000,
    startsIn: null,
    endsIn: null,
    createdIn: -1,
  },
];

const BUSAN_BITES: CampaignSpec[] = [
  {
    status: "ACTIVE",
    type: "STORE_VISIT",
    product: "돼지국밥 세트",
    title: "해운대 국밥 방문 리뷰",
    budget: 4_500_000,
    startsIn: -38,
    endsIn: 30,
    createdIn: -44,
  },
  {
    status: "COMPLETED",
    type: "STORE_VISIT",
    product: "밀면 점심 특선",
    title: "여름 밀면 방문 체험",
    budget: 3_000_000,
    startsIn: -150,
    endsIn: -110,
    createdIn: -158,
  },
  {
    status: "COMPLETED",
    type: "SPONSORED_VIDEO",
    product: "어묵 한 접시",
    title: "부산 맛집 투어 소개",
    budget: 6_000_000,
    startsIn: -70,
    endsIn: -35,
    createdIn: -80,
  },
  {
    status: "DRAFT",
    type: "STORE_VISIT",
    product: "돼지국밥 세트",
    title: "겨울 야식 메뉴 방문 체험",
    budget: 2_500_000,
    startsIn: 14,
    endsIn: 45,
    createdIn: -2,
  },
];

const TITLE_TEMPLATES: Record<CampaignType, string[]> = {
  SPONSORED_VIDEO: [
    "{product} {season} 런칭",
    "{product} {season} 캠페인",
    "{product} 크리에이터 브랜드 필름",
  ],
  PRODUCT_REVIEW: ["{product} 솔직 리뷰", "{product} 리뷰 캠페인", "{product} {season} 리뷰"],
  GIFTING: ["{product} 시딩", "{product} 마이크로 크리에이터 협찬", "{season} {product} 선물 박스"],
  STORE_VISIT: ["{brand} 방문 체험: {product}", "{city} {season} 방문 체험", "{product} 시식 방문"],
  AFFILIATE: [
    "{product} 제휴 할인코드",
    "{product} 크리에이터 코드 ({season})",
    "{product} 수수료 제휴 프로그램",
  ],
};

const DESCRIPTIONS: Record<CampaignType, string> = {
  SPONSORED_VIDEO: "제품을 소개하는 단독 또는 PPL 영상. 설명란에 링크와 할인코드를 넣어 주세요.",
  PRODUCT_REVIEW: "2주 동안 사용한 뒤 솔직하게 리뷰해 주세요. 편집 방향은 크리에이터가 정합니다.",
  GIFTING:
    "제품을 무료로 보내 드립니다. 마음에 드시면 쇼츠나 커뮤니티 글 하나, 소정의 사례비 포함.",
  STORE_VISIT:
    "매장을 방문해 체험을 촬영하고 네이버 플레이스를 태그해 주세요. 식사·서비스는 무료입니다.",
  AFFILIATE: "개인 할인코드와 추적 링크를 드립니다. 고정 사례비에 귀속 매출 수수료를 더합니다.",
};

function season(ms: number): string {
  const m = new Date(ms).getUTCMonth();
  return m < 2 || m === 11 ? "겨울" : m < 5 ? "봄" : m < 8 ? "여름" : "가을";
}

function roundTo(n: number, unit: number): number {
  return Math.max(unit, Math.round(n / unit) * unit);
}

function drawSpecs(r: Rng, b: GeneratedBrand, now: number): CampaignSpec[] {
  const local = b.brand.kind === "LOCAL_STORE";
  const brandAgeDays = (now - b.brand.createdAt) / DAY;
  const statuses: CampaignStatus[] = [];
  for (let i = r.int(1, local ? 3 : 4); i > 0; i--) statuses.push("COMPLETED");
  for (let i = r.int(local ? 0 : 1, 2); i > 0; i--) statuses.push("ACTIVE");
  if (r.chance(0.3)) statuses.push("PAUSED");
  for (let i = r.weighted([0, 1, 2], [4, 4, 2]); i > 0; i--) statuses.push("DRAFT");
  return statuses.map((status) => {
    const type: CampaignType = local
      ? r.weighted(["STORE_VISIT", "SPONSORED_VIDEO", "GIFTING"] as const, [70, 15, 15])
      : r.weighted(
          ["SPONSORED_VIDEO", "PRODUCT_REVIEW", "GIFTING", "AFFILIATE"] as const,
          [40, 25, 15, 20],
        );
    const budget = local
      ? roundTo(
          Math.min(20_000_000, Math.max(500_000, r.logNormal(Math.log(3_000_000), 0.6))),
          100_000,
        )
      : roundTo(
          Math.min(300_000_000, Math.max(3_000_000, r.logNormal(Math.log(25_000_000), 0.8))),
          1_000_000,
        );
    const product = r.pick(b.seed.products);
    let startsIn: number | null;
    let endsIn: number | null;
    let createdIn: number;
    if (status === "COMPLETED") {
      endsIn = -r.uniform(10, Math.min(480, brandAgeDays - 120));
      startsIn = endsIn - r.uniform(21, 75);
      createdIn = startsIn - r.uniform(5, 30);
    } else if (status === "ACTIVE" || status === "PAUSED") {
      startsIn = -r.uniform(status === "PAUSED" ? 10 : 3, status === "PAUSED" ? 50 : 45);
      endsIn = startsIn + r.uniform(45, 100);
      createdIn = startsIn - r.uniform(5, 20);
    } else {
      createdIn = -r.uniform(0.5, 20);
      startsIn = r.chance(0.6) ? r.uniform(7, 45) : null;
      endsIn = startsIn === null ? null : startsIn + r.uniform(21, 60);
    }
    const startMs = now + (startsIn ?? createdIn) * DAY;
    const title = r
      .pick(TITLE_TEMPLATES[type])
      .replace("{product}", product)
      .replace("{brand}", b.brand.name)
      .replace("{city}", regionKo(b.seed.city))
      .replace("{season}", season(startMs));
    return {
      status,
      type,
      product,
      title,
      budget,
      startsIn,
      endsIn,
      createdIn,
    };
  });
}

function targetAges(r: Rng, slug: string): string[] {
  const age = category(slug).age;
  let best = 0;
  for (let i = 1; i < age.length; i++) if (age[i] > age[best]) best = i;
  const width = r.int(2, 3);
  const from = Math.max(0, Math.min(AGE_BUCKETS.length - width, best - r.int(0, 1)));
  return AGE_BUCKETS.slice(from, from + width);
}

export function generateCampaigns(
  seed: string,
  now: number,
  brands: GeneratedBrand[],
): CampaignRow[] {
  const out: CampaignRow[] = [];
  brands.forEach((b, i) => {
    const r = Rng.fromKey(`${seed}:campaigns:${i}`);
    const specs = i === 0 ? GLOW_LAB : i === 1 ? BUSAN_BITES : drawSpecs(r, b, now);
    const team = [b.owner, ...b.members];
    const cat = category(b.brand.category);
    for (const s of specs) {
      const createdAt = Math.round(now + s.createdIn * DAY);
      const startsAt = s.startsIn === null ? null : Math.round(now + s.startsIn * DAY);
      const endsAt = s.endsIn === null ? null : Math.round(now + s.endsIn * DAY);
      const updatedAt =
        s.status === "COMPLETED"
          ? Math.min(now, endsAt! + r.uniform(1, 10) * DAY)
          : s.status === "PAUSED"
            ? now - r.uniform(1, 9) * DAY
            : s.status === "ACTIVE"
              ? Math.max(createdAt, startsAt!)
              : createdAt + r.uniform(0, 3) * 3_600_000;
      const local = b.brand.kind === "LOCAL_STORE";
      const genders =
        cat.female > 0.7 && r.chance(0.7)
          ? ["female"]
          : cat.female < 0.3 && r.chance(0.5)
            ? ["male"]
            : [];
      const regions = local ? [localTarget(b.seed)] : r.chance(0.15) ? ["Seoul", "Gyeonggi"] : [];
      const slug = b.seed.roman.toLowerCase().replace(/[^a-z0-9]+/g, "");
      out.push({
        id: r.uuid(),
        brandId: b.brand.id,
        createdById: r.pick(team).id,
        title: s.title,
        productName: s.product,
        productUrl: local
          ? b.brand.naverPlaceUrl
          : `https://smartstore.naver.com/${slug}/products/${r.int(4_000_000_000, 9_999_999_999)}`,
        description: DESCRIPTIONS[s.type],
        category: b.brand.category,
        type: s.type,
        status: s.status,
        budget: s.budget,
        startsAt,
        endsAt,
        targetAgeRanges: targetAges(r, b.brand.category),
        targetGenders: genders,
        targetCountries: ["KR"],
        targetRegions: regions,
        targetInterests: [b.brand.category, ...r.sample(cat.related, r.int(0, 2))],
        createdAt,
        updatedAt: Math.round(updatedAt),
      });
    }
  });
  return out;
}

/**
 * Where a local store's campaigns want their audience, as its owner would write it: a
 * neighbourhood business its own district ("부산 해운대구"), a stay or a tour (travel)
 * its whole region, where the guests come from as much as the neighbours.
 */
export function localTarget(seed: BrandSeed): string {
  const district =
    seed.category === "travel" ? null : normalizeDistrict(`${seed.district}, ${seed.city}`);
  return (district && districtLabel(district, "ko", regionKo)) ?? seed.city;
}
