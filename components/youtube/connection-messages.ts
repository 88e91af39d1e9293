// Which sentence a creator reads about their YouTube connection (keys of
// messages/*/youtube.json), with its tone. Times arrive already formatted.
import type { YoutubeConnectionStatus } from "@/lib/youtube/get-youtube-connection";

export type Tone = "ok" | "warn" | "error";

export const OUTCOME_TONE: Record<string, Tone> = {
  connected: "ok",
  denied: "warn",
  expired: "error",
  failed: "error",
  quota_exceeded: "warn",
  auth_failed: "error",
};

export function statusMessage(c: YoutubeConnectionStatus): {
  tone: Tone;
  key: string;
  values: Record<string, string | null>;
} {
  const values = { when: c.lastSuccessAt, next: c.retryAfter };
  switch (c.status) {
    case "OK":
      return { tone: "ok", key: "status.ok", values };
    case "PENDING":
      return { tone: "warn", key: "status.pending", values };
    case "QUOTA_EXCEEDED":
      return {
        tone: "warn",
        key: c.lastSuccessAt ? "status.quotaKept" : "status.quotaNone",
        values,
      };
    case "AUTH_FAILED":
      return { tone: "error", key: "status.authFailed", values };
    default:
      return { tone: "error", key: "status.failed", values: { ...values, error: c.error ?? "?" } };
  }
}
