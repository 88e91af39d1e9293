// Bounded retries with exponential backoff for a batch transaction that failed for a
// reason that may pass (deadlock, serialization failure, a dropped connection on the
// database side). Anything else fails at once.
const TRANSIENT = new Set(["40001", "40P01", "57P01", "53300", "08006", "08003"]);

export async function withRetries<T>(
  fn: () => Promise<T>,
  { attempts = 4, baseMs = 100 }: { attempts?: number; baseMs?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || !code || !TRANSIENT.has(code)) throw error;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** (attempt - 1)));
    }
  }
}
