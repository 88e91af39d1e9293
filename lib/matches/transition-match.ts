// One workflow step, in one transaction: read the match in the caller's tenant, check
// the version the caller saw, the state machine and the business rules, then a
// conditional UPDATE (id, version and tenant in the WHERE clause) so that of two
// people acting at once exactly one wins; the loser gets 409 with what changed.
// History, offer, messages, outcome and notifications are written in the same
// transaction; e-mails leave after commit (lib/notify).
import type pg from "pg";
import type { MatchStatus } from "../db/generated/enums.ts";
import { withTransaction } from "../db/transaction.ts";
import { AppError, conflict, forbidden, notFound } from "../errors.ts";
import { sideOf, scopeCondition, type WorkflowActor } from "./actor.ts";
import { staleVersionError } from "./describe-change.ts";
import { readMatchState, type MatchState } from "./read-match-state.ts";
import type { TransitionInput } from "./schemas.ts";
import { isLegalTransition, stepsTo } from "./state-machine.ts";
import { writeStepEffects } from "./write-step-effects.ts";

export const EXPIRY_DAYS = 30;

export type TransitionResult = { id: string; status: MatchStatus; version: number };

export async function transitionMatch(
  pool: pg.Pool,
  actor: WorkflowActor,
  matchId: string,
  input: TransitionInput,
): Promise<TransitionResult> {
  const result = await withTransaction(pool, async (db) => {
    const match = await readMatchState(db, actor, matchId);
    if (!match) throw notFound("Match");
    if (match.version !== input.version) throw await staleVersionError(db, match, input.version);
    const steps = checkSteps(match, actor, input);
    const to = steps[steps.length - 1]!;
    // An acceptance makes the terms on the table the agreement: fee and commission,
    // which the settlement charges (lib/settlement/create-settlement.ts).
    const agreed = to === "ACCEPTED" ? match.offer : null;
    const scope = scopeCondition(actor, 7);
    const updated = await db.query(
      `UPDATE matches m
          SET status = $3::"MatchStatus", version = m.version + 1,
              status_changed_at = now(), updated_at = now(),
              expires_at = CASE WHEN $3 IN ('PENDING','CONTACTED','RESPONDED','NEGOTIATING')
                                THEN now() + make_interval(days => $4) END,
              agreed_amount = COALESCE($5, m.agreed_amount),
              commission_rate_bp = COALESCE($6, m.commission_rate_bp)
        WHERE m.id = $1 AND m.version = $2 ${scope.sql}
        RETURNING m.version`,
      [
        matchId,
        input.version,
        to,
        EXPIRY_DAYS,
        agreed?.amount ?? null,
        agreed?.commissionRateBp ?? null,
        ...scope.params,
      ],
    );
    if (updated.rowCount === 0) {
      // Someone committed between our read and our write: report what they did.
      const now = await readMatchState(db, actor, matchId);
      if (!now) throw notFound("Match");
      throw await staleVersionError(db, now, input.version);
    }
    await writeStepEffects(db, actor, match, steps, input);
    return {
      id: matchId,
      status: to,
      version: updated.rows[0].version as number,
    };
  });
  return result;
}

/** The steps to take, or the reason (403 / 409 / 422) why not. */
function checkSteps(
  match: MatchState,
  actor: WorkflowActor,
  input: TransitionInput,
): MatchStatus[] {
  const { status: from } = match;
  const { to } = input;
  const steps = stepsTo(from, to, actor.role);
  if (!steps) {
    const someoneMay = isLegalTransition(from, to) || stepsTo(from, to, "CREATOR") !== null;
    if (someoneMay) throw forbidden(`You cannot move a ${from} match to ${to}`);
    throw conflict(`A match cannot go from ${from} to ${to}`);
  }
  const side = sideOf(actor);
  if (from === "PENDING" && to === "CONTACTED" && actor.role !== "ADMIN") {
    if (match.reviewStatus === "PENDING") {
      throw conflict("This proposal waits for admin review before it goes to the creator");
    }
  }
  if (to === "REJECTED" && !input.note) {
    throw invalid("note", "Say why (the other side reads it)");
  }
  if (to === "NEGOTIATING") {
    if (!input.offer) throw invalid("offer", "A counter-offer needs a fee and deliverables");
    if (from === "NEGOTIATING" && match.offer?.side === side) {
      throw conflict("Your offer is on the table: wait for the other side's answer");
    }
  }
  if (to === "ACCEPTED") {
    if (!match.offer) throw conflict("There is no offer to accept");
    if (match.offer.side === side) throw conflict("You cannot accept your own offer");
  }
  if (to === "COMPLETED" && !input.actuals) {
    throw invalid("actuals", "Enter the actual views, clicks, sales and revenue");
  }
  return steps;
}

function invalid(field: string, message: string): AppError {
  return new AppError("validation_failed", message, { [field]: [message] });
}
