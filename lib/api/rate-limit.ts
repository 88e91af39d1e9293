// Per-client request budgets. Every request spends from "api" (route handlers and server
// actions alike, refused ones included: a flood of bad requests is throttled like any
// other), or from "token" when an API token makes it (keyed by the token, with its own
// size); the ranking endpoint also spends from its own, smaller "ranking" budget.
// In-memory per app instance: with more than one instance, swap RateLimiterMemory for
// RateLimiterPostgres from the same library (same interface) so the budget is shared.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";

export type RateLimitBucket = "api" | "token" | "ranking";

const POINTS = {
  api: () => env().API_RATE_LIMIT_PER_MINUTE,
  token: () => env().API_TOKEN_RATE_LIMIT_PER_MINUTE,
  ranking: () => env().RANKING_RATE_LIMIT_PER_MINUTE,
} satisfies Record<RateLimitBucket, () => number>;

const limiters = new Map<RateLimitBucket, RateLimiterMemory>();

function limiter(bucket: RateLimitBucket): RateLimiterMemory {
  let l = limiters.get(bucket);
  if (!l) {
    l = new RateLimiterMemory({ keyPrefix: bucket, points: POINTS[bucket](), duration: 60 });
    limiters.set(bucket, l);
  }
  return l;
}

/** Returns seconds to wait when the client is over its budget, else null. */
export async function consumeRateLimit(
  key: string,
  bucket: RateLimitBucket = "api",
): Promise<number | null> {
  try {
    await limiter(bucket).consume(key, 1);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

/**
 * Spends one request from the caller's base budget ("api", or "token" for an API token)
 * and, if named, from the route's own bucket; throws 429.
 */
export async function enforceRateLimit(
  key: string,
  bucket?: RateLimitBucket,
  base: "api" | "token" = "api",
): Promise<void> {
  const buckets: RateLimitBucket[] = bucket && bucket !== base ? [base, bucket] : [base];
  for (const b of buckets) {
    const wait = await consumeRateLimit(key, b);
    if (wait !== null) {
      throw new AppError("rate_limited", `Too many requests; retry in ${wait} s`, undefined, wait);
    }
  }
}

/** Forgets every budget (tests that need a fresh limit, or a changed env). */
export function resetRateLimits(): void {
  limiters.clear();
}
