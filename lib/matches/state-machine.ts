// The match workflow as data: which transitions exist and who may make each.
// PENDING → CONTACTED → RESPONDED → NEGOTIATING → ACCEPTED | REJECTED, ACCEPTED →
// COMPLETED, any open state → EXPIRED (only the expiry job). Shortcuts the demo data
// and real life both use are legal too: an admin (or the brand) rejects a proposal
// before it goes out, the creator accepts or declines without negotiating, and a
// counter-offer while negotiating is the NEGOTIATING → NEGOTIATING step.
import type { MatchStatus } from "../db/generated/enums.ts";
import { MATCH_STATUS_ORDER, OPEN_MATCH_STATUSES } from "./statuses.ts";

/** Who acts: a signed-in role, or the scheduled jobs. */
export type Actor = "BRAND_MANAGER" | "CREATOR" | "ADMIN" | "SYSTEM";

const BRAND_SIDE: readonly Actor[] = ["BRAND_MANAGER", "ADMIN"];
const BOTH_SIDES: readonly Actor[] = ["BRAND_MANAGER", "CREATOR"];
const JOBS: readonly Actor[] = ["SYSTEM"];

export const TRANSITIONS: Readonly<
  Partial<Record<MatchStatus, Partial<Record<MatchStatus, readonly Actor[]>>>>
> = {
  // sent to the creator (admin approval, or the brand when no review is needed) or dropped
  PENDING: { CONTACTED: BRAND_SIDE, REJECTED: BRAND_SIDE, EXPIRED: JOBS },
  // the creator answers
  CONTACTED: { RESPONDED: ["CREATOR"], EXPIRED: JOBS },
  RESPONDED: {
    NEGOTIATING: BOTH_SIDES,
    ACCEPTED: BOTH_SIDES,
    REJECTED: BOTH_SIDES,
    EXPIRED: JOBS,
  },
  NEGOTIATING: {
    NEGOTIATING: BOTH_SIDES,
    ACCEPTED: BOTH_SIDES,
    REJECTED: BOTH_SIDES,
    EXPIRED: JOBS,
  },
  ACCEPTED: { COMPLETED: BRAND_SIDE },
};

export function isLegalTransition(from: MatchStatus, to: MatchStatus): boolean {
  return TRANSITIONS[from]?.[to] !== undefined;
}

export function mayTransition(from: MatchStatus, to: MatchStatus, actor: Actor): boolean {
  return TRANSITIONS[from]?.[to]?.includes(actor) ?? false;
}

/**
 * The statuses `actor` may ask to move a match to from `from` (a match's `allowed`, the
 * buttons, 409 hints): one step, or the creator's answer to a fresh proposal that
 * passes through RESPONDED (stepsTo). In the workflow's order.
 */
export function nextStatuses(from: MatchStatus, actor: Actor): MatchStatus[] {
  return MATCH_STATUS_ORDER.filter((to) => stepsTo(from, to, actor) !== null);
}

/**
 * The steps that take a match from `from` to `to` for this actor: the direct one, or,
 * for a creator answering a fresh proposal, RESPONDED first (answering is responding),
 * so the history stays a path of legal single steps. Null when there is no way.
 */
export function stepsTo(from: MatchStatus, to: MatchStatus, actor: Actor): MatchStatus[] | null {
  if (mayTransition(from, to, actor)) return [to];
  if (from === "CONTACTED" && actor === "CREATOR" && mayTransition("RESPONDED", to, actor)) {
    return ["RESPONDED", to];
  }
  return null;
}

/** Whether a recorded history (first status, then each change) is a legal path. */
export function isLegalPath(path: readonly MatchStatus[]): boolean {
  if (path.length === 0 || path[0] !== "PENDING") return false;
  for (let i = 1; i < path.length; i++) {
    if (!isLegalTransition(path[i - 1], path[i])) return false;
  }
  return true;
}

export const isOpen = (s: MatchStatus) => OPEN_MATCH_STATUSES.includes(s);
