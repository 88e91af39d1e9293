// Match statuses in workflow order: the open steps a match moves through, then the
// ways it ends. Cards, charts, counts and the demo data all list statuses this way.
import type { MatchStatus } from "../db/generated/enums.ts";

export type { MatchStatus };

export const MATCH_STATUS_ORDER = [
  "PENDING",
  "CONTACTED",
  "RESPONDED",
  "NEGOTIATING",
  "ACCEPTED",
  "REJECTED",
  "COMPLETED",
  "EXPIRED",
] as const satisfies readonly MatchStatus[];

/** Statuses from which the workflow can still move on (neither agreed nor ended). */
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = [
  "PENDING",
  "CONTACTED",
  "RESPONDED",
  "NEGOTIATING",
];
