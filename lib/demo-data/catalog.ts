// Reference lists the demo data is drawn from: categories with their typical audience,
// Korean regions and districts, names. Figures are rough shapes of the Korean YouTube
// market, chosen so that the matching factors have something real to discriminate on.

export { AGE_BUCKETS, GENDERS as GENDER_BUCKETS } from "../vocabulary.ts";

export type CategoryProfile = {
  slug: string;
  /** relative share of creators in this category */
  weight: number;
  /** audience age distribution over AGE_BUCKETS (relative) */
  age: number[];
  female: number;
  related: string[];
  /** views multiplier relative to an average channel of the same size */
  reach: number;
  /** engagement multiplier relative to the tier norm */
  engagement: number;
  /** average order value in KRW of what this audience buys after a campaign */
  orderValue: number;
  /** purchase rate of a click, as a fraction */
  conversion: number;
};

export const CATEGORIES: CategoryProfile[] = [
  {
    slug: "beauty",
    weight: 12,
    age: [6, 30, 34, 17, 8, 3, 2],
    female: 0.82,
    related: ["fashion", "lifestyle"],
    reach: 1.0,
    engagement: 1.05,
    orderValue: 32_000,
    conversion: 0.06,
  },
  {
    slug: "food",
    weight: 14,
    age: [5, 22, 30, 21, 13, 6, 3],
    female: 0.55,
    related: ["travel", "lifestyle"],
    reach: 1.1,
    engagement: 1.0,
    orderValue: 24_000,
    conversion: 0.08,
  },
  {
    slug: "gaming",
    weight: 10,
    age: [18, 38, 26, 11, 5, 1, 1],
    female: 0.22,
    related: ["tech", "music"],
    reach: 1.1,
    engagement: 1.2,
    orderValue: 45_000,
    conversion: 0.03,
  },
  {
    slug: "lifestyle",
    weight: 10,
    age: [5, 26, 33, 20, 10, 4, 2],
    female: 0.65,
    related: ["home", "beauty", "food"],
    reach: 0.95,
    engagement: 1.0,
    orderValue: 38_000,
    conversion: 0.045,
  },
  {
    slug: "fashion",
    weight: 8,
    age: [7, 33, 32, 16, 8, 3, 1],
    female: 0.72,
    related: ["beauty", "lifestyle"],
    reach: 0.95,
    engagement: 1.0,
    orderValue: 58_000,
    conversion: 0.04,
  },
  {
    slug: "tech",
    weight: 7,
    age: [6, 24, 33, 21, 11, 4, 1],
    female: 0.25,
    related: ["gaming", "education"],
    reach: 1.0,
    engagement: 0.85,
    orderValue: 140_000,
    conversion: 0.02,
  },
  {
    slug: "travel",
    weight: 7,
    age: [3, 20, 32, 23, 14, 6, 2],
    female: 0.55,
    related: ["food", "lifestyle"],
    reach: 0.9,
    engagement: 0.95,
    orderValue: 180_000,
    conversion: 0.012,
  },
  {
    slug: "fitness",
    weight: 6,
    age: [4, 27, 34, 20, 10, 4, 1],
    female: 0.48,
    related: ["food", "lifestyle"],
    reach: 0.9,
    engagement: 1.0,
    orderValue: 42_000,
    conversion: 0.05,
  },
  {
    slug: "parenting",
    weight: 5,
    age: [1, 8, 42, 36, 9, 3, 1],
    female: 0.78,
    related: ["home", "education"],
    reach: 0.85,
    engagement: 1.1,
    orderValue: 36_000,
    conversion: 0.065,
  },
  {
    slug: "pets",
    weight: 5,
    age: [5, 23, 31, 21, 12, 6, 2],
    female: 0.62,
    related: ["lifestyle", "home"],
    reach: 1.05,
    engagement: 1.15,
    orderValue: 29_000,
    conversion: 0.065,
  },
  {
    slug: "education",
    weight: 5,
    age: [12, 30, 26, 17, 9, 4, 2],
    female: 0.5,
    related: ["finance", "tech"],
    reach: 0.8,
    engagement: 0.9,
    orderValue: 55_000,
    conversion: 0.035,
  },
  {
    slug: "finance",
    weight: 4,
    age: [1, 14, 30, 27, 17, 8, 3],
    female: 0.35,
    related: ["education", "tech"],
    reach: 0.8,
    engagement: 0.8,
    orderValue: 90_000,
    conversion: 0.02,
  },
  {
    slug: "music",
    weight: 4,
    age: [15, 35, 25, 13, 7, 3, 2],
    female: 0.55,
    related: ["lifestyle", "gaming"],
    reach: 1.25,
    engagement: 1.1,
    orderValue: 30_000,
    conversion: 0.025,
  },
  {
    slug: "home",
    weight: 4,
    age: [2, 15, 33, 28, 14, 6, 2],
    female: 0.68,
    related: ["lifestyle", "parenting"],
    reach: 0.85,
    engagement: 0.95,
    orderValue: 75_000,
    conversion: 0.035,
  },
  {
    slug: "auto",
    weight: 3,
    age: [2, 15, 30, 28, 17, 6, 2],
    female: 0.12,
    related: ["tech", "travel"],
    reach: 0.9,
    engagement: 0.8,
    orderValue: 120_000,
    conversion: 0.006,
  },
];

export const CATEGORY_BY_SLUG = new Map(CATEGORIES.map((c) => [c.slug, c]));

export function category(slug: string): CategoryProfile {
  const c = CATEGORY_BY_SLUG.get(slug);
  if (!c) throw new Error(`unknown category ${slug}`);
  return c;
}

/** Korean metropolitan cities and provinces, with 2024 population in millions. */
export const REGIONS: { name: string; population: number; districts: string[] }[] = [
  {
    name: "Seoul",
    population: 9.4,
    districts: [
      "Gangnam-gu",
      "Mapo-gu",
      "Seongdong-gu",
      "Yongsan-gu",
      "Jongno-gu",
      "Songpa-gu",
      "Seocho-gu",
      "Gwanak-gu",
    ],
  },
  {
    name: "Busan",
    population: 3.3,
    districts: ["Haeundae-gu", "Suyeong-gu", "Busanjin-gu", "Jung-gu", "Nam-gu"],
  },
  { name: "Daegu", population: 2.4, districts: ["Jung-gu", "Suseong-gu", "Dalseo-gu"] },
  { name: "Incheon", population: 3.0, districts: ["Yeonsu-gu", "Bupyeong-gu", "Jung-gu"] },
  { name: "Gwangju", population: 1.4, districts: ["Dong-gu", "Seo-gu", "Buk-gu"] },
  { name: "Daejeon", population: 1.4, districts: ["Yuseong-gu", "Seo-gu", "Jung-gu"] },
  { name: "Ulsan", population: 1.1, districts: ["Nam-gu", "Jung-gu"] },
  { name: "Sejong", population: 0.4, districts: ["Sejong-si"] },
  {
    name: "Gyeonggi",
    population: 13.6,
    districts: [
      "Seongnam-si Bundang-gu",
      "Suwon-si Paldal-gu",
      "Goyang-si Ilsandong-gu",
      "Yongin-si Suji-gu",
    ],
  },
  { name: "Gangwon", population: 1.5, districts: ["Gangneung-si", "Chuncheon-si", "Sokcho-si"] },
  { name: "Chungbuk", population: 1.6, districts: ["Cheongju-si"] },
  { name: "Chungnam", population: 2.1, districts: ["Cheonan-si", "Asan-si"] },
  { name: "Jeonbuk", population: 1.8, districts: ["Jeonju-si Wansan-gu"] },
  { name: "Jeonnam", population: 1.8, districts: ["Yeosu-si", "Suncheon-si"] },
  { name: "Gyeongbuk", population: 2.6, districts: ["Gyeongju-si", "Pohang-si"] },
  { name: "Gyeongnam", population: 3.3, districts: ["Changwon-si", "Tongyeong-si"] },
  { name: "Jeju", population: 0.7, districts: ["Jeju-si", "Seogwipo-si"] },
];

export const REGION_NAMES = REGIONS.map((r) => r.name);
// Creators cluster in the capital far more than the population does.
export const CREATOR_REGION_WEIGHTS = REGIONS.map((r) =>
  r.name === "Seoul"
    ? r.population * 2.2
    : r.name === "Gyeonggi"
      ? r.population * 0.9
      : r.population,
);

/** Where the non-Korean part of a Korean channel's audience watches from. */
export const FOREIGN_AUDIENCE = [
  "US",
  "JP",
  "CA",
  "AU",
  "VN",
  "TW",
  "PH",
  "ID",
  "TH",
  "SG",
  "DE",
  "GB",
] as const;
export const FOREIGN_AUDIENCE_WEIGHTS = [10, 6, 3, 2, 3, 2, 2, 2, 1.5, 1, 1, 1.5];
/** Home countries of the few creators who live abroad. */
export const ABROAD_COUNTRIES = ["US", "JP", "CA", "AU", "VN"] as const;

export const SURNAMES = [
  "Kim",
  "Lee",
  "Park",
  "Choi",
  "Jung",
  "Kang",
  "Cho",
  "Yoon",
  "Jang",
  "Lim",
  "Han",
  "Oh",
  "Seo",
  "Shin",
  "Kwon",
  "Hwang",
  "Ahn",
  "Song",
  "Yoo",
  "Hong",
];
export const GIVEN_NAMES = [
  "Minjun",
  "Seoyeon",
  "Jiho",
  "Haeun",
  "Doyun",
  "Jiwoo",
  "Seojun",
  "Subin",
  "Yejun",
  "Chaewon",
  "Hajun",
  "Jiyu",
  "Eunwoo",
  "Minseo",
  "Siwoo",
  "Yuna",
  "Juwon",
  "Dahye",
  "Hyunwoo",
  "Soyeon",
  "Taeyang",
  "Nari",
  "Gaeun",
  "Jinwoo",
  "Hyejin",
  "Sungmin",
  "Yerin",
  "Donghyun",
  "Bora",
  "Jaemin",
  "Sora",
  "Kyungho",
  "Hana",
  "Woojin",
  "Ara",
  "Junseo",
  "Mina",
  "Sangwoo",
  "Eunji",
  "Taemin",
  "Seungah",
  "Hyerin",
  "Joon",
  "Dabin",
  "Sejin",
];

/** What a channel in a category calls itself: "{name} {suffix}". */
export const CHANNEL_SUFFIXES: Record<string, string[]> = {
  beauty: ["Beauty", "Glow", "Makeup Diary", "Skin Log", "Beauty Lab"],
  food: ["Eats", "Mukbang", "Kitchen", "Food Trip", "Bapsang"],
  gaming: ["Gaming", "Plays", "GG", "Game Room", "Live"],
  lifestyle: ["Daily", "Vlog", "Life", "Everyday", "Diary"],
  fashion: ["Style", "OOTD", "Closet", "Lookbook", "Fashion"],
  tech: ["Tech", "IT Review", "Unboxing", "Gadgets", "Tech Talk"],
  travel: ["Travels", "On the Road", "Trip", "Wanderlust", "Journey"],
  fitness: ["Fit", "Workout", "Pilates", "Health", "Gym"],
  parenting: ["Family", "Mom Log", "Baby Days", "Kids", "Dad Life"],
  pets: ["& Mong", "Pet Life", "Dog Days", "Cat Diary", "Paws"],
  education: ["Study", "Class", "English", "Academy", "Learn"],
  finance: ["Money", "Invest", "Finance", "Economy", "Wealth"],
  music: ["Music", "Covers", "Piano", "Sings", "Studio"],
  home: ["Home", "Interior", "Living", "House", "Room Tour"],
  auto: ["Cars", "Drive", "Motors", "Auto Review", "Garage"],
};

/** Video title templates per category, in Korean; {place} and {n} are filled in. */
export const VIDEO_TITLES: Record<string, string[]> = {
  beauty: [
    "매일 메이크업 루틴",
    "올리브영 하울 #{n}",
    "겨울철 건성 피부 스킨케어",
    "유행하는 쿠션 파운데이션 비교",
    "겟레디윗미: {place} 데이트",
    "립 틴트 발색 #{n}",
    "2만 원 이하 선크림 비교",
  ],
  food: [
    "{place} 최고의 국밥 먹어 보기",
    "편의점 먹방 #{n}",
    "{place} 길거리 음식 투어",
    "3시간 줄 서는 맛집 가 보기",
    "집에서 만드는 김치찌개",
    "{place} 빵집 베스트",
    "야식 라면 레시피 #{n}",
  ],
  gaming: [
    "랭크 올리기 #{n}",
    "이 보스 40번 만에 잡음",
    "새 시즌 패치 리뷰",
    "구독자와 함께하는 게임 #{n}",
    "올해의 인디 게임 10선",
    "스피드런 도전 #{n}",
    "{place} PC방 챌린지",
  ],
  lifestyle: [
    "{place}에서의 일주일",
    "모닝 루틴 #{n}",
    "한 달 생활비 공개",
    "책상 정리하기",
    "{place} 카페 투어",
    "느긋한 일요일 브이로그",
    "이번 달 산 것들 #{n}",
  ],
  fashion: [
    "가을 룩북",
    "{place} 빈티지 쇼핑 하울",
    "자켓 하나로 5가지 코디",
    "신사동 쇼핑 브이로그",
    "왓츠인마이백 #{n}",
    "5만 원 이하 입어 보기 하울",
    "캡슐 옷장 업데이트",
  ],
  tech: [
    "갤럭시 언박싱과 첫인상",
    "15만 원 이하 이어폰 추천",
    "데스크 셋업 투어 #{n}",
    "대학생 노트북 솔직 리뷰",
    "스마트워치 한 달 사용기",
    "사고 후회한 전자기기",
    "용산 전자상가 투어",
  ],
  travel: [
    "{place}에서 48시간",
    "제주 로드트립 {n}일 차",
    "{place} 숨은 명소",
    "오사카 가성비 여행",
    "템플스테이 체험",
    "야간열차 여행 브이로그 #{n}",
    "강원도 캠핑",
  ],
  fitness: [
    "30분 홈트 #{n}",
    "다이어트 하루 식단",
    "왕초보 필라테스",
    "{place}에서 10km 달리기",
    "단백질 간식 리뷰",
    "바쁜 직장인 헬스 루틴",
    "100일 변화 기록",
  ],
  parenting: [
    "우리 아기 첫 한 달",
    "유아식 밀프렙 #{n}",
    "{place} 키즈카페",
    "어린이집 등원 루틴",
    "실제로 쓰는 육아템",
    "두 아이와 보내는 주말",
    "신생아와 첫 여행",
  ],
  pets: [
    "몽이의 첫눈",
    "{place} 애견 카페",
    "수제 간식 만들기 #{n}",
    "새 장난감에 반응하는 고양이",
    "동물병원 브이로그",
    "시바견 산책 루틴",
    "살 만한 반려동물 용품",
  ],
  education: [
    "영어 말하기 연습 #{n}",
    "수능 공부법",
    "3시간 같이 공부해요",
    "효과 본 토익 팁",
    "노션 공부 플래너",
    "10분 한국사 #{n}",
    "{place} 도서관 투어",
  ],
  finance: [
    "월급 50% 저축하는 법",
    "ETF 포트폴리오 점검 #{n}",
    "{place} 아파트 시세",
    "신용카드 비교",
    "왕초보 투자 가이드",
    "월 배당금 공개 #{n}",
    "연말정산 가이드",
  ],
  music: [
    "피아노 커버 #{n}",
    "{place} 버스킹",
    "K-POP 메들리",
    "보컬 워밍업 루틴",
    "하루 만에 곡 쓰기",
    "어쿠스틱 라이브 #{n}",
    "예전 커버 다시 보기",
  ],
  home: [
    "원룸 셀프 인테리어",
    "이케아 하울 #{n}",
    "랜선 집들이: {place} 오피스텔",
    "효과 있는 청소 루틴",
    "주방 정리 아이디어",
    "작은 베란다 정원",
    "저예산 인테리어 팁 #{n}",
  ],
  auto: [
    "신형 전기차 시승기",
    "{place} 드라이브",
    "세차 루틴 #{n}",
    "중고차 구매 가이드",
    "블랙박스 하이라이트 #{n}",
    "{place} 전기차 충전기",
    "가족용 세단 vs SUV",
  ],
};
