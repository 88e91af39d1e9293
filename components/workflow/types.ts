// Shapes the workflow screens read from the JSON API (the routes' return values).
import type { MatchDetail } from "@/lib/matches/get-match";
import type { SystemLine } from "@/lib/matches/system-lines";
import type { RankedCreator } from "@/lib/matching/feature-store/ranking";

export type { MatchDetail };

/** A ranked row; `match` is the creator's current match for the campaign (when the API says). */
export type RankedRow = RankedCreator & {
  match?: { id: string; status: string; proposals?: number } | null;
};

export type RankingPage = {
  results: RankedRow[];
  total: number;
  /** the first result's place in the whole ranking, from 0 */
  offset: number;
  nextCursor: string | null;
  truncated: boolean;
  forecastModelVersion: number | null;
};

export type Message = {
  id: string;
  kind: string;
  body: string;
  line: SystemLine | null;
  amount: number | null;
  at: string;
  sender: { name: string | null; role: string } | null;
  /** written before the proposal went out: the creator never sees it */
  internal: boolean;
};
