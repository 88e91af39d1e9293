// The review queue as JSON: what the API returns and the admin page renders. Plain
// data (ISO dates, numbers) so the same shape crosses the server/client boundary.
import type { ReviewLine } from "../matches/review-lines.ts";
import type { ReviewReason } from "./review-reasons.ts";

export type ReviewQueueItem = {
  matchId: string;
  createdAt: string;
  status: string;
  priority: string;
  /** 0..100 */
  score: number;
  confidence: string;
  /** The offer (minor units), or the agreed amount when no offer was recorded. */
  amount: number | null;
  currency: string;
  campaign: { id: string; title: string; budget: number };
  brand: { id: string; name: string };
  creator: {
    id: string;
    displayName: string;
    tier: string | null;
    subscribers: number | null;
    completedMatches: number;
  };
  reasons: ReviewReason[];
  /** Why the app held it, as codes (lib/matches/review-lines.ts); null for older matches. */
  lines: ReviewLine[] | null;
};

export type ReviewQueuePage = {
  items: ReviewQueueItem[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  /** All matches waiting for review, not only this page. */
  total: number;
  /** Offers above this amount (minor units) wait for review. */
  threshold: number;
};
