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

/** Video title templates per category; {place} and {n} are filled in. */
export const VIDEO_TITLES: Record<string, string[]> = {
  beauty: [
    "My everyday makeup routine",
    "Olive Young haul #{n}",
    "Skincare for dry skin in winter",
    "Testing viral cushion foundations",
    "Get ready with me: {place} date",
    "Lip tint swatches #{n}",
    "Sunscreen comparison under ₩20,000",
  ],
  food: [
    "Eating the best gukbap in {place}",
    "Convenience store mukbang #{n}",
    "{place} street food tour",
    "Trying a 3-hour line restaurant",
    "Home-made kimchi jjigae",
    "Best bakeries in {place}",
    "Late-night ramyeon recipes #{n}",
  ],
  gaming: [
    "Ranked grind #{n}",
    "This boss took 40 tries",
    "New season patch review",
    "Playing with subscribers #{n}",
    "Top 10 indie games this year",
    "Speedrun attempt #{n}",
    "PC bang challenge in {place}",
  ],
  lifestyle: [
    "A week in my life in {place}",
    "Morning routine #{n}",
    "What I spend in a month",
    "Organising my desk",
    "Café hopping in {place}",
    "Slow Sunday vlog",
    "Things I bought this month #{n}",
  ],
  fashion: [
    "Autumn lookbook",
    "Thrift haul in {place}",
    "5 outfits, 1 jacket",
    "Sinsa-dong shopping vlog",
    "What's in my bag #{n}",
    "Try-on haul under ₩50,000",
    "Capsule wardrobe update",
  ],
  tech: [
    "Galaxy unboxing and first impressions",
    "Best earbuds under ₩150,000",
    "Desk setup tour #{n}",
    "Laptop for students, honest review",
    "Smartwatch one month later",
    "Tech I regret buying",
    "Yongsan electronics market tour",
  ],
  travel: [
    "48 hours in {place}",
    "Jeju road trip day {n}",
    "Hidden spots in {place}",
    "Budget trip to Osaka",
    "Temple stay experience",
    "Night train travel vlog #{n}",
    "Camping in Gangwon",
  ],
  fitness: [
    "30-minute home workout #{n}",
    "What I eat in a day (diet)",
    "Pilates for beginners",
    "Running 10 km in {place}",
    "Protein snack review",
    "Gym routine for busy office workers",
    "100 days transformation",
  ],
  parenting: [
    "Our baby's first month",
    "Toddler meal prep #{n}",
    "Kids café in {place}",
    "Day care morning routine",
    "Baby products we actually use",
    "Weekend with two kids",
    "First trip with a newborn",
  ],
  pets: [
    "Mong's first snow",
    "Dog café in {place}",
    "Homemade pet treats #{n}",
    "Cat reacts to new toy",
    "Vet visit vlog",
    "Walking routine with my shiba",
    "Pet products worth buying",
  ],
  education: [
    "English speaking practice #{n}",
    "How I studied for the CSAT",
    "Study with me 3 hours",
    "TOEIC tips that worked",
    "Notion study planner",
    "Korean history in 10 minutes #{n}",
    "Library tour in {place}",
  ],
  finance: [
    "How I save 50% of my salary",
    "ETF portfolio update #{n}",
    "Apartment prices in {place}",
    "Credit cards compared",
    "Investing for beginners",
    "Monthly dividend income #{n}",
    "Year-end tax settlement guide",
  ],
  music: [
    "Piano cover #{n}",
    "Busking in {place}",
    "K-pop medley",
    "Vocal warm-up routine",
    "Writing a song in one day",
    "Acoustic live session #{n}",
    "Reacting to my old covers",
  ],
  home: [
    "Studio apartment makeover",
    "IKEA haul #{n}",
    "Room tour: {place} officetel",
    "Cleaning routine that works",
    "Kitchen organisation ideas",
    "Small balcony garden",
    "Budget interior tips #{n}",
  ],
  auto: [
    "Test drive: new EV",
    "Road trip to {place}",
    "Car care routine #{n}",
    "Used car buying guide",
    "Dashcam highlights #{n}",
    "EV charging in {place}",
    "Sedan vs SUV for families",
  ],
};
