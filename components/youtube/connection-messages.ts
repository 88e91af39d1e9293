// The sentences a creator reads about their YouTube connection, in one place (and one
// place to translate). Times arrive already formatted.
import type { YoutubeConnectionStatus } from "@/lib/youtube/get-youtube-connection";

export const OUTCOME_MESSAGE: Record<string, { tone: "ok" | "warn" | "error"; text: string }> = {
  connected: { tone: "ok", text: "YouTube connected: your figures below are verified." },
  denied: {
    tone: "warn",
    text: "You cancelled on Google's consent screen, so nothing was connected.",
  },
  expired: {
    tone: "error",
    text: "That connection attempt expired or was started elsewhere. Please try again.",
  },
  failed: { tone: "error", text: "Google did not accept the connection. Please try again." },
  quota_exceeded: {
    tone: "warn",
    text: "Connected, but YouTube's quota is used up for now: your figures arrive with the next refresh.",
  },
  auth_failed: { tone: "error", text: "Google refused access to the channel. Connect again." },
};

export function statusMessage(
  c: YoutubeConnectionStatus,
  fmt: (iso: string | null) => string,
): { tone: "ok" | "warn" | "error"; text: string } {
  switch (c.status) {
    case "OK":
      return { tone: "ok", text: `Connected · figures fetched ${fmt(c.lastSuccessAt)}` };
    case "PENDING":
      return { tone: "warn", text: "Connected · first refresh not finished yet" };
    case "QUOTA_EXCEEDED":
      return {
        tone: "warn",
        text: c.lastSuccessAt
          ? `YouTube quota exceeded, figures from ${fmt(c.lastSuccessAt)} kept. Next try after ${fmt(c.retryAfter)}.`
          : `YouTube quota exceeded: no figures yet. Next try after ${fmt(c.retryAfter)}.`,
      };
    case "AUTH_FAILED":
      return {
        tone: "error",
        text: `Google no longer grants access to this channel (revoked or expired). Figures from ${fmt(c.lastSuccessAt)} kept; connect again to refresh them.`,
      };
    default:
      return {
        tone: "error",
        text: `The last refresh failed (${c.error ?? "unknown error"}). Figures from ${fmt(c.lastSuccessAt)} kept.`,
      };
  }
}
