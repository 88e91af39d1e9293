// The channels the local YouTube stand-in serves: one per Google account, derived from
// its e-mail so that it is the same across restarts, Korean-flavoured (Hangul titles),
// with a scenario picked by a word in the e-mail's local part:
//   paging       230 uploads served 20 per page (the client must follow nextPageToken)
//   expired      the first access token is already expired (401, refresh, retry)
//   quota        every sync after the first gets 403 quotaExceeded
//   hidden       statistics.hiddenSubscriberCount = true, no subscriberCount
//   noanalytics  a new channel: YouTube Analytics answers with no rows
import { createHash } from "node:crypto";

export type Scenario = "paging" | "expired" | "quota" | "hidden" | "noanalytics";
const SCENARIOS: readonly Scenario[] = ["paging", "expired", "quota", "hidden", "noanalytics"];

export type FixtureVideo = {
  id: string;
  title: string;
  publishedAt: string;
  durationSec: number;
  views: number;
  likes: number;
  comments: number;
};

export type FixtureChannel = {
  email: string;
  scenarios: Set<Scenario>;
  id: string;
  uploadsPlaylistId: string;
  title: string;
  description: string;
  customUrl: string;
  publishedAt: string;
  country: string;
  subscriberCount: number;
  viewCount: number;
  /** Newest first, as the uploads playlist lists them. */
  videos: FixtureVideo[];
  /** Page size cap of playlistItems.list (YouTube may return fewer than maxResults). */
  pageCap: number;
  ageGender: Array<[string, string, number]>;
  countries: Array<[string, number]>;
};

const THEMES = [
  { title: "민지의 뷰티 다이어리", handle: "minjibeauty", topic: "데일리 메이크업", en: "beauty" },
  { title: "서울 맛집 탐방", handle: "seoulmatjip", topic: "을지로 노포", en: "food" },
  { title: "하루 한 끼 요리", handle: "harukki", topic: "10분 자취 요리", en: "cooking" },
  { title: "테크 리뷰 준호", handle: "junhotech", topic: "갤럭시 언박싱", en: "tech" },
  { title: "여행하는 지은", handle: "jieuntravel", topic: "제주 한 달 살기", en: "travel" },
] as const;

// Channel owners' nicknames: with a number, a channel name a test can search for.
const NICKNAMES = ["하랑", "도윤", "서아", "지호", "예린", "시우", "하은", "유찬", "소율", "이안"];

/** Deterministic 0..1 numbers from a seed (SHA-256 in counter mode). */
function randomFrom(seed: string): () => number {
  let counter = 0;
  return () => {
    const d = createHash("sha256").update(`${seed}:${counter++}`).digest();
    return d.readUInt32BE(0) / 0x1_0000_0000;
  };
}

function idFrom(seed: string, length: number): string {
  return createHash("sha256").update(seed).digest("base64url").slice(0, length);
}

export function scenariosOf(email: string): Set<Scenario> {
  const local = email.split("@")[0]!.toLowerCase();
  return new Set(SCENARIOS.filter((s) => local.includes(s)));
}

const AGE_GROUPS = [
  "age13-17",
  "age18-24",
  "age25-34",
  "age35-44",
  "age45-54",
  "age55-64",
  "age65-",
];
const AGE_WEIGHTS = [4, 30, 34, 17, 9, 4, 2];

// Publish times count back from when this process started, not from each call: a real
// video's publish time does not move between two requests (a test comparing the
// stand-in's answer with its own fixture failed when a second ticked over in between).
const STARTED_AT = new Date();

export function fixtureChannelFor(email: string, now = STARTED_AT): FixtureChannel {
  const key = email.trim().toLowerCase();
  const rnd = randomFrom(key);
  const theme = THEMES[Math.floor(rnd() * THEMES.length)]!;
  const nickname = `${NICKNAMES[Math.floor(rnd() * NICKNAMES.length)]}${10 + Math.floor(rnd() * 90)}`;
  const scenarios = scenariosOf(key);
  const suffix = idFrom(key, 22);
  const uploads = scenarios.has("paging") ? 230 : 64;
  const subscriberCount = Math.round(20_000 + rnd() * 280_000);
  const videos: FixtureVideo[] = [];
  let viewCount = 0;
  for (let i = 0; i < uploads; i++) {
    // One upload every 3-4 days, newest first; every fourth a Short.
    const published = new Date(now.getTime() - (1 + i * 3.5) * 86_400_000);
    const short = i % 4 === 3;
    const views = Math.round(subscriberCount * (0.08 + rnd() * 0.25) * (short ? 1.6 : 1));
    viewCount += views;
    videos.push({
      id: idFrom(`${key}:video:${i}`, 11),
      title: `${theme.topic} ${short ? "#shorts" : `브이로그 ${uploads - i}편`}`,
      publishedAt: youtubeTime(published),
      durationSec: short ? 25 + Math.floor(rnd() * 30) : 360 + Math.floor(rnd() * 900),
      views,
      likes: Math.round(views * (0.02 + rnd() * 0.03)),
      comments: Math.round(views * (0.001 + rnd() * 0.004)),
    });
  }
  const femaleShare = theme.en === "beauty" ? 0.82 : theme.en === "tech" ? 0.25 : 0.55;
  const ageTotal = AGE_WEIGHTS.reduce((a, b) => a + b, 0);
  const ageGender: Array<[string, string, number]> = [];
  AGE_GROUPS.forEach((age, i) => {
    const share = (AGE_WEIGHTS[i]! / ageTotal) * 100;
    ageGender.push([age, "female", round1(share * femaleShare)]);
    ageGender.push([age, "male", round1(share * (1 - femaleShare) * 0.97)]);
    ageGender.push([age, "user_specified", round1(share * (1 - femaleShare) * 0.03)]);
  });
  return {
    email: key,
    scenarios,
    id: `UC${suffix}`,
    uploadsPlaylistId: `UU${suffix}`,
    title: `${theme.title} · ${nickname}`,
    description: `${nickname}의 ${theme.title} 채널입니다. ${theme.topic} 영상을 올려요.`,
    customUrl: `@${theme.handle}${suffix.slice(0, 4).toLowerCase()}`,
    publishedAt: "2019-03-02T09:00:00Z",
    country: "KR",
    subscriberCount,
    viewCount: viewCount + Math.round(subscriberCount * 40),
    videos,
    pageCap: scenarios.has("paging") ? 20 : 50,
    ageGender,
    countries: [
      ["KR", 81.4],
      ["US", 6.2],
      ["JP", 4.1],
      ["CA", 2.3],
      ["VN", 1.9],
    ],
  };
}

/** A time as YouTube writes it: ISO 8601 in whole seconds ("2026-11-22T05:00:00Z"). */
export function youtubeTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
