// The sponsored videos of the tracked demo campaign (seed-performance.ts), as the
// development YouTube stand-in also knows them. A demo video's id carries its curve:
// when it was published, the views it had then and the views it gains over its first
// two weeks. The seed writes its daily readings from that curve, and the stand-in
// (scripts/dev/youtube-stand-in-api.ts) answers videos.list for the id with the same
// curve read at the time of the call, so the daily statistics job keeps the demo's
// charts growing instead of marking its videos "not found on YouTube" after the first
// midnight. No database is shared: the id is the whole fixture.
//
// An id is "dm" and 9 base64url characters (54 bits), 11 characters as YouTube's are:
// hours since 2020-01-01 UTC (22 bits), views at publication in hundreds (8 bits), views
// gained in hundreds (20 bits) and a number telling apart videos of the same curve (4).

export type DemoVideo = {
  /** Whole hours (UTC). */
  publishedAt: Date;
  /** Views when the campaign linked it (a multiple of 100). */
  baseViews: number;
  /** Views gained over its first GAIN_DAYS days (a multiple of 100). */
  gainedViews: number;
  /** 0-15, to tell apart videos of the same curve. */
  n: number;
};

const PREFIX = "dm";
const EPOCH_MS = Date.UTC(2020, 0, 1);
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Most views come in the first days: the share gained by day d is 1 - e^(-d/4). */
const DECAY_DAYS = 4;
const GAIN_DAYS = 14;
const LIMITS = { hours: 2 ** 22 - 1, base: 2 ** 8 - 1, gained: 2 ** 20 - 1, n: 15 };
const ID = /^dm[A-Za-z0-9_-]{9}$/;

/** The demo video the arguments describe, rounded to what its id can hold. */
export function demoVideo(args: {
  publishedAt: Date;
  baseViews: number;
  gainedViews: number;
  n: number;
}): DemoVideo {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v)));
  const hours = Math.min(
    LIMITS.hours,
    Math.max(0, Math.floor((args.publishedAt.getTime() - EPOCH_MS) / HOUR_MS)),
  );
  return {
    publishedAt: new Date(EPOCH_MS + hours * HOUR_MS),
    baseViews: clamp(args.baseViews / 100, LIMITS.base) * 100,
    gainedViews: clamp(args.gainedViews / 100, LIMITS.gained) * 100,
    n: clamp(args.n, LIMITS.n),
  };
}

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Its id; throws for a video that demoVideo() did not round to what an id holds. */
export function demoVideoId(v: DemoVideo): string {
  const whole = demoVideo(v);
  if (
    whole.publishedAt.getTime() !== v.publishedAt.getTime() ||
    whole.baseViews !== v.baseViews ||
    whole.gainedViews !== v.gainedViews ||
    whole.n !== v.n
  ) {
    throw new RangeError("demoVideoId: make the video with demoVideo() first");
  }
  const hours = BigInt((v.publishedAt.getTime() - EPOCH_MS) / HOUR_MS);
  let bits =
    (hours << 32n) |
    (BigInt(v.baseViews / 100) << 24n) |
    (BigInt(v.gainedViews / 100) << 4n) |
    BigInt(v.n);
  let digits = "";
  for (let i = 0; i < 9; i++, bits >>= 6n) digits = DIGITS[Number(bits & 63n)] + digits;
  return PREFIX + digits;
}

/** The demo video an id names, or null for any other id. */
export function readDemoVideoId(id: string): DemoVideo | null {
  if (!ID.test(id)) return null;
  let bits = 0n;
  for (const c of id.slice(PREFIX.length)) bits = (bits << 6n) | BigInt(DIGITS.indexOf(c));
  return {
    publishedAt: new Date(EPOCH_MS + Number(bits >> 32n) * HOUR_MS),
    baseViews: Number((bits >> 24n) & 0xffn) * 100,
    gainedViews: Number((bits >> 4n) & 0xfffffn) * 100,
    n: Number(bits & 0xfn),
  };
}

/** Its counts at `at`: nothing gained before publication, most in the first days. */
export function demoVideoCounts(
  v: DemoVideo,
  at: Date,
): { views: number; likes: number; comments: number } {
  const days = Math.max(0, (at.getTime() - v.publishedAt.getTime()) / DAY_MS);
  const share = (1 - Math.exp(-days / DECAY_DAYS)) / (1 - Math.exp(-GAIN_DAYS / DECAY_DAYS));
  const views = v.baseViews + Math.round(v.gainedViews * share);
  return { views, likes: Math.round(views * 0.04), comments: Math.round(views * 0.004) };
}
