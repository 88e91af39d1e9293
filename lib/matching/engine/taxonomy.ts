// Content category taxonomy. Related categories share audiences (a food channel's
// viewers watch cooking videos), so a campaign gets partial credit from them.
// Similarities are judgement calls in [0, 1]; 1 only for the same category.

import { HANGUL_SYLLABLE, hangulKeysLongestFirst } from "./hangul.ts";

export const CATEGORIES = [
  "beauty",
  "fashion",
  "food",
  "cooking",
  "travel",
  "tech",
  "gaming",
  "fitness",
  "health",
  "sports",
  "outdoor",
  "parenting",
  "kids",
  "education",
  "finance",
  "lifestyle",
  "music",
  "kpop",
  "entertainment",
  "pets",
  "home",
  "auto",
  "art",
] as const;
export type Category = (typeof CATEGORIES)[number];

const RELATED: [Category, Category, number][] = [
  ["beauty", "fashion", 0.6],
  ["beauty", "lifestyle", 0.4],
  ["beauty", "health", 0.3],
  ["fashion", "lifestyle", 0.45],
  ["fashion", "kpop", 0.3],
  ["food", "cooking", 0.8],
  ["food", "travel", 0.45],
  ["food", "lifestyle", 0.35],
  ["food", "health", 0.25],
  ["cooking", "home", 0.35],
  ["cooking", "lifestyle", 0.3],
  ["cooking", "parenting", 0.25],
  ["travel", "outdoor", 0.55],
  ["travel", "lifestyle", 0.4],
  ["travel", "auto", 0.2],
  ["tech", "gaming", 0.5],
  ["tech", "auto", 0.35],
  ["tech", "education", 0.3],
  ["tech", "finance", 0.25],
  ["gaming", "entertainment", 0.4],
  ["gaming", "kids", 0.2],
  ["fitness", "health", 0.7],
  ["fitness", "sports", 0.6],
  ["fitness", "outdoor", 0.4],
  ["fitness", "food", 0.2],
  ["sports", "outdoor", 0.4],
  ["sports", "entertainment", 0.3],
  ["parenting", "kids", 0.6],
  ["parenting", "education", 0.4],
  ["parenting", "home", 0.45],
  ["parenting", "lifestyle", 0.35],
  ["kids", "education", 0.4],
  ["kids", "entertainment", 0.35],
  ["education", "finance", 0.4],
  ["education", "art", 0.25],
  ["lifestyle", "home", 0.5],
  ["lifestyle", "pets", 0.3],
  ["lifestyle", "entertainment", 0.3],
  ["music", "kpop", 0.7],
  ["music", "entertainment", 0.5],
  ["music", "art", 0.2],
  ["kpop", "entertainment", 0.6],
  ["pets", "home", 0.3],
  ["home", "art", 0.3],
  ["auto", "outdoor", 0.3],
];

const ALIASES: Record<string, Category> = {
  cosmetics: "beauty",
  makeup: "beauty",
  skincare: "beauty",
  style: "fashion",
  clothing: "fashion",
  apparel: "fashion",
  mukbang: "food",
  restaurant: "food",
  restaurants: "food",
  eating: "food",
  recipe: "cooking",
  recipes: "cooking",
  baking: "cooking",
  trip: "travel",
  tourism: "travel",
  technology: "tech",
  it: "tech",
  gadgets: "tech",
  electronics: "tech",
  game: "gaming",
  games: "gaming",
  esports: "gaming",
  workout: "fitness",
  gym: "fitness",
  exercise: "fitness",
  diet: "fitness",
  wellness: "health",
  medical: "health",
  football: "sports",
  soccer: "sports",
  baseball: "sports",
  golf: "sports",
  camping: "outdoor",
  hiking: "outdoor",
  fishing: "outdoor",
  baby: "parenting",
  mom: "parenting",
  family: "parenting",
  children: "kids",
  kid: "kids",
  study: "education",
  learning: "education",
  books: "education",
  investing: "finance",
  investment: "finance",
  money: "finance",
  stocks: "finance",
  business: "finance",
  economy: "finance",
  daily: "lifestyle",
  vlog: "lifestyle",
  life: "lifestyle",
  "k-pop": "kpop",
  "k pop": "kpop",
  idol: "kpop",
  comedy: "entertainment",
  movies: "entertainment",
  movie: "entertainment",
  film: "entertainment",
  drama: "entertainment",
  tv: "entertainment",
  pet: "pets",
  animals: "pets",
  dogs: "pets",
  cats: "pets",
  interior: "home",
  diy: "home",
  living: "home",
  car: "auto",
  cars: "auto",
  automotive: "auto",
  drawing: "art",
  crafts: "art",
  // YouTube's own channel categories, read part by part ("Pets & Animals")
  animation: "entertainment",
  autos: "auto",
  vehicles: "auto",
  blogs: "lifestyle",
  blog: "lifestyle",
  science: "education",
  "how-to": "home",
  // and spellings seen in exported rosters
  "make-up": "beauty",
  "k-beauty": "beauty",
  kbeauty: "beauty",
  "e-sports": "gaming",
  "video games": "gaming",
  videogames: "gaming",
  gamer: "gaming",
  nails: "beauty",
  nail: "beauty",
  "nail art": "beauty",
  hair: "beauty",
  foodie: "food",
  cafe: "food",
  yoga: "fitness",
  pilates: "fitness",
  dance: "music",
  anime: "entertainment",
  뷰티: "beauty",
  화장품: "beauty",
  패션: "fashion",
  먹방: "food",
  맛집: "food",
  음식: "food",
  요리: "cooking",
  여행: "travel",
  테크: "tech",
  it기기: "tech",
  게임: "gaming",
  운동: "fitness",
  헬스: "fitness",
  건강: "health",
  스포츠: "sports",
  캠핑: "outdoor",
  육아: "parenting",
  키즈: "kids",
  교육: "education",
  재테크: "finance",
  금융: "finance",
  경제: "finance",
  일상: "lifestyle",
  브이로그: "lifestyle",
  라이프스타일: "lifestyle",
  음악: "music",
  케이팝: "kpop",
  엔터테인먼트: "entertainment",
  예능: "entertainment",
  반려동물: "pets",
  인테리어: "home",
  자동차: "auto",
  미술: "art",
  메이크업: "beauty",
  // longer words that contain a shorter alias of another category
  헬스케어: "health",
  멘탈헬스: "health",
  애니멀: "pets",
  운동화: "fashion",
  e스포츠: "gaming",
  이스포츠: "gaming",
  스포츠카: "auto",
  스킨케어: "beauty",
  코스메틱: "beauty",
  네일: "beauty",
  헤어: "beauty",
  코디: "fashion",
  스타일: "fashion",
  쿡방: "cooking",
  홈쿡: "cooking",
  레시피: "cooking",
  베이킹: "cooking",
  카페: "food",
  홈트: "fitness",
  홈트레이닝: "fitness",
  다이어트: "fitness",
  요가: "fitness",
  필라테스: "fitness",
  강아지: "pets",
  고양이: "pets",
  펫: "pets",
  코미디: "entertainment",
  개그: "entertainment",
  영화: "entertainment",
  드라마: "entertainment",
  애니: "entertainment",
  아이돌: "kpop",
  댄스: "music",
  전자기기: "tech",
  주식: "finance",
  투자: "finance",
  공부: "education",
  낚시: "outdoor",
  등산: "outdoor",
  축구: "sports",
  야구: "sports",
  골프: "sports",
  살림: "home",
  그림: "art",
};

const KNOWN = new Set<string>(CATEGORIES);

// Lower-cased, trimmed slug; known aliases map to their taxonomy category, unknown
// categories are kept so that an exact match still counts.
const partsCache = new Map<string, string[]>();

/** The categories a label stands for (its parts, "Beauty & Fashion"), remembered. */
function partsOf(raw: string): string[] {
  const cached = partsCache.get(raw);
  if (cached !== undefined) return cached;
  const parts = categoryParts(raw);
  if (partsCache.size < 10_000) partsCache.set(raw, parts);
  return parts;
}

/** A label's first category: a campaign's, or one filter value. */
export function normalizeCategory(raw: string): string {
  return partsOf(raw)[0] ?? "";
}

// Own properties only: "constructor" is a category name here, not Object.
const aliasOf = (key: string): Category | undefined =>
  Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;

// A label that names several ("Beauty & Fashion", "Pets & Animals", "뷰티/패션") is
// read part by part; the parts the taxonomy knows stand for the label.
const PART_SEPARATORS = /\s*(?:&|\/|,|\||·|\+|\band\b)\s*/;

function categoryParts(raw: string): string[] {
  // the whole label first ("k-pop", "it기기"), then its parts ("뷰티/패션"), each
  // part by the looser rules below, and only then the whole label by those rules
  const exact = exactCategory(keyOf(raw));
  if (exact) return [exact];
  const pieces = raw.split(PART_SEPARATORS).filter((p) => p.trim() !== "");
  if (pieces.length > 1) {
    const known = [...new Set(pieces.map(normalizeOne).filter((p) => KNOWN.has(p)))];
    if (known.length > 0) return known;
  }
  return [normalizeOne(raw)];
}

const keyOf = (raw: string) =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ");

function exactCategory(key: string): Category | undefined {
  if (KNOWN.has(key)) return key as Category;
  return aliasOf(key) ?? aliasOf(key.replace(/ /g, "-")) ?? aliasOf(key.replace(/ /g, ""));
}

// Words too common to stand for a category inside a longer label ("It girl", "Game of
// Thrones", "Life hacks"): they count only as the whole label.
const NOT_ALONE = new Set([
  "it",
  "life",
  "style",
  "tv",
  "game",
  "money",
  "daily",
  "family",
  "mom",
  "kid",
  "living",
  "film",
]);

function normalizeOne(raw: string): string {
  const key = keyOf(raw);
  const exact = exactCategory(key);
  if (exact) return exact;
  // "K-beauty tips", "beauty vlog": one word the taxonomy knows, the others not
  const words = key.split(/[\s-]+/).filter((w) => w !== "");
  if (words.length > 1) {
    const found = new Set<Category>();
    for (const w of words) {
      if (NOT_ALONE.has(w)) continue;
      const c = KNOWN.has(w) ? (w as Category) : aliasOf(w);
      if (c) found.add(c);
    }
    if (found.size === 1) return [...found][0];
  }
  // Korean compounds ("맛집탐방", "게임방송", "뷰티유튜버"): the longest alias inside
  const hangul = hangulAliasIn(key.replace(/[\s-]/g, ""));
  if (hangul) return hangul;
  return key.replace(/ /g, "-");
}

const HANGUL_ALIASES = hangulKeysLongestFirst(ALIASES);

function hangulAliasIn(key: string): Category | undefined {
  if (!HANGUL_SYLLABLE.test(key)) return undefined;
  for (const a of HANGUL_ALIASES) if (key.includes(a)) return ALIASES[a];
  return undefined;
}

/** Whether the taxonomy knows a normalised category (related ones get partial credit). */
export function isKnownCategory(category: string): boolean {
  return KNOWN.has(category);
}

/** Whether a label as written stands for a category the taxonomy knows. */
export function isKnownCategoryLabel(label: string): boolean {
  return partsOf(label).some(isKnownCategory);
}

export function normalizeCategories(raw: readonly string[]): string[] {
  // A set, not out.includes: a filter list of any length stays linear.
  const out = new Set<string>();
  for (const c of raw) for (const n of partsOf(c)) if (n !== "") out.add(n);
  return [...out];
}

const SIMILARITY = new Map<string, number>();
for (const [a, b, s] of RELATED) {
  SIMILARITY.set(`${a}|${b}`, s);
  SIMILARITY.set(`${b}|${a}`, s);
}

export function categorySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return SIMILARITY.get(`${a}|${b}`) ?? 0;
}

// A creator's first category is its main one; later ones describe less of its content.
export const CATEGORY_POSITION_WEIGHTS = [1, 0.85, 0.75, 0.7] as const;
export const MAX_CATEGORIES = CATEGORY_POSITION_WEIGHTS.length;

export function relatedCategories(category: string): { category: string; similarity: number }[] {
  const out: { category: string; similarity: number }[] = [];
  for (const c of CATEGORIES) {
    const s = categorySimilarity(category, c);
    if (c !== category && s > 0) out.push({ category: c, similarity: s });
  }
  return out.sort((x, y) => y.similarity - x.similarity || (x.category < y.category ? -1 : 1));
}
