// Admins decide on proposals waiting for review, one or many at once. Each decision is
// its own workflow step (PENDING → CONTACTED to approve, → REJECTED to reject) with the
// reason as its note, so the brand sees why; one failure does not undo the others.
import type pg from "pg";
import { AppError } from "../errors.ts";
import { awaitingReview, type WorkflowActor } from "./actor.ts";
import { readMatchState } from "./read-match-state.ts";
import type { ReviewInput } from "./schemas.ts";
import { transitionMatch } from "./transition-match.ts";

export type ReviewOutcome =
  | { id: string; ok: true; status: string; version: number }
  | { id: string; ok: false; code: string; message: string };

export async function reviewMatches(
  pool: pg.Pool,
  actor: WorkflowActor,
  input: ReviewInput,
): Promise<{ results: ReviewOutcome[] }> {
  const results: ReviewOutcome[] = [];
  for (const id of new Set(input.matchIds)) {
    try {
      const state = await readMatchState(pool, actor, id);
      if (state && !awaitingReview(state)) {
        throw new AppError("conflict", "This match is not waiting for review");
      }
      const r = await transitionMatch(pool, actor, id, {
        to: input.decision === "APPROVE" ? "CONTACTED" : "REJECTED",
        version: state?.version ?? 0,
        note: input.reason,
      });
      results.push({ id, ok: true, status: r.status, version: r.version });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, code: error.code, message: error.message });
    }
  }
  return { results };
}
