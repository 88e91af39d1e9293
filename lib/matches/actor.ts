// Who makes a change, as the workflow sees it: a signed-in user or the expiry job.
// Tenant scope is a SQL condition on the match (alias m), so another brand's or
// creator's match is simply not found.
import type { SessionUser } from "../auth/session-user.ts";
import type { Actor } from "./state-machine.ts";

export type WorkflowActor = {
  /** null for the scheduled jobs */
  userId: string | null;
  role: Actor;
  brandIds: readonly string[];
  creatorId: string | null;
};

export const SYSTEM_ACTOR: WorkflowActor = {
  userId: null,
  role: "SYSTEM",
  brandIds: [],
  creatorId: null,
};

export function actorOf(user: SessionUser): WorkflowActor {
  return { userId: user.id, role: user.role, brandIds: user.brandIds, creatorId: user.creatorId };
}

/**
 * A match (alias m) that has gone out to its creator: sent without review, or approved.
 * Until then (waiting for review, rejected in review, withdrawn or expired before a
 * decision) it is the brand's and the admins' business, and the creator does not see it.
 */
export const sentToCreatorSql = (alias: string) =>
  `${alias}.status <> 'PENDING' AND ${alias}.review_status IN ('NOT_REQUIRED', 'APPROVED')`;
export const SENT_TO_CREATOR = sentToCreatorSql("m");

type WorkflowPosition = { status: string; reviewStatus: string };

/** SENT_TO_CREATOR, for a match already read. */
export const sentToCreator = (m: WorkflowPosition) =>
  m.status !== "PENDING" && (m.reviewStatus === "NOT_REQUIRED" || m.reviewStatus === "APPROVED");

/** A proposal an admin has yet to decide on. */
export const awaitingReview = (m: WorkflowPosition) =>
  m.status === "PENDING" && m.reviewStatus === "PENDING";

/** `AND ...` restricting matches (alias m) to the actor's tenant; `$n` is the next parameter. */
export function scopeCondition(
  actor: WorkflowActor,
  n: number,
): { sql: string; params: unknown[] } {
  switch (actor.role) {
    case "BRAND_MANAGER":
      return {
        sql: `AND m.campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ANY($${n}::uuid[]))`,
        params: [actor.brandIds],
      };
    case "CREATOR":
      // a creator without a profile sees nothing (null never equals)
      return {
        sql: `AND m.creator_id = $${n}::uuid AND ${SENT_TO_CREATOR}`,
        params: [actor.creatorId],
      };
    case "ADMIN":
    case "SYSTEM":
      return { sql: "", params: [] };
    default:
      // a role added to Actor without a scope here: refused (the type check catches it
      // first), where an empty condition would grant every tenant
      throw new Error(`No match scope for role ${String(actor.role satisfies never)}`);
  }
}

/** Which side of the deal the actor speaks for. */
export const sideOf = (actor: WorkflowActor): "BRAND" | "CREATOR" =>
  actor.role === "CREATOR" ? "CREATOR" : "BRAND";
