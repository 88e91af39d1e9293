// What can go wrong talking to Google, as values the sync can decide on.
export type YoutubeErrorKind = "quota" | "auth" | "not_found" | "other";

export class YoutubeApiError extends Error {
  constructor(
    readonly kind: YoutubeErrorKind,
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = "YoutubeApiError";
  }
}

type GoogleErrorBody = {
  error?: { code?: number; message?: string; errors?: { reason?: string; domain?: string }[] };
};

/** Reads Google's JSON error body ({error: {code, message, errors: [{reason}]}}). */
export function toYoutubeApiError(status: number, body: unknown): YoutubeApiError {
  const err = (body as GoogleErrorBody | null)?.error;
  const reasons = (err?.errors ?? []).map((e) => e.reason ?? "");
  const reason = reasons[0] ?? "";
  const message = err?.message ?? `HTTP ${status}`;
  // quotaExceeded (youtube.quota), and the older per-user / daily-limit reasons.
  if (
    status === 403 &&
    reasons.some((r) => /quotaExceeded|dailyLimitExceeded|rateLimitExceeded/.test(r))
  ) {
    return new YoutubeApiError("quota", status, reason, message);
  }
  if (status === 401) return new YoutubeApiError("auth", status, reason || "authError", message);
  if (status === 403 && reasons.includes("insufficientPermissions")) {
    return new YoutubeApiError("auth", status, reason, message);
  }
  if (status === 404) return new YoutubeApiError("not_found", status, reason, message);
  return new YoutubeApiError("other", status, reason, message);
}
