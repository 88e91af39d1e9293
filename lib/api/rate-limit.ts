// Per-client request budget for the JSON API. In-memory per app instance: with more
// than one instance, swap RateLimiterMemory for RateLimiterPostgres from the same
// library (same interface) so the budget is shared.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env.ts";

let limiter: RateLimiterMemory | undefined;

/** Returns seconds to wait when the client is over its budget, else null. */
export async function consumeRateLimit(key: string, points = 1): Promise<number | null> {
  limiter ??= new RateLimiterMemory({ points: env().API_RATE_LIMIT_PER_MINUTE, duration: 60 });
  try {
    await limiter.consume(key, points);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}
