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

/**
 * How a match ends without an agreement (declined, withdrawn, rejected in review,
 * expired). Once every match of a creator for a campaign ended so, the brand may
 * propose again: the unique index matches_live_pair_key leaves these out, and
 * LIVE_PAIR_PREDICATE is its predicate as SQL.
 */
export const CLOSED_WITHOUT_AGREEMENT: readonly MatchStatus[] = ["REJECTED", "EXPIRED"];

/**
 * Proposals of one creator for one campaign, all told (whether or not an admin let them
 * out): after a "no" the brand may try again with a better offer, but a creator who
 * keeps declining is not asked forever, and each proposal notifies and e-mails them.
 */
export const MAX_PROPOSALS_PER_PAIR = 3;

/** Whether a match in `status` ended without an agreement (the UI's and the API's test). */
export const endedWithoutAgreement = (status: string) =>
  CLOSED_WITHOUT_AGREEMENT.some((s) => s === status);

/** matches_live_pair_key's predicate as its migration writes it (ON CONFLICT names it). */
export const LIVE_PAIR_PREDICATE = `status NOT IN (${CLOSED_WITHOUT_AGREEMENT.map((s) => `'${s}'`).join(", ")})`;
