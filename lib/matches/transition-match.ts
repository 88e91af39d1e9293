// One workflow step: read the match in the caller's tenant, check the version the
// caller saw, the state machine and the business rules, then write everything the step
// changes in one statement (step-statement.ts) whose UPDATE has id, version and tenant
// in its WHERE clause, so that of two people acting at once exactly one wins; the
// loser gets 409 with what changed, and nothing of theirs is written. E-mails leave
// after commit (lib/notify).
import type pg from "pg";
import type { MatchStatus } from "../db/generated/enums.ts";
import { env } from "../env.ts";
import { AppError, conflict, forbidden, notFound } from "../errors.ts";
import { formatMoney } from "../money.ts";
import { readSettlementBasis } from "../settlement/create-settlement.ts";
import {
  escrowShort,
  escrowShortFor,
  isEscrowMissing,
  isEscrowShort,
} from "../settlement/hold-match-fee.ts";
import { scopeCondition, sideOf, type WorkflowActor } from "./actor.ts";
import { staleVersionError } from "./describe-change.ts";
import { feeNeedsReview } from "./fee-review.ts";
import { readMatchState, type MatchState } from "./read-match-state.ts";
import type { TransitionInput } from "./schemas.ts";
import { isLegalTransition, stepsTo } from "./state-machine.ts";
import { stepStatement } from "./step-statement.ts";

export { EXPIRY_DAYS } from "./step-statement.ts";

export type TransitionResult = { id: string; status: MatchStatus; version: number };

export async function transitionMatch(
  pool: pg.Pool,
  actor: WorkflowActor,
  matchId: string,
  input: TransitionInput,
): Promise<TransitionResult> {
  const reviewThreshold = env().REVIEW_BUDGET_THRESHOLD;
  // Read outside any transaction: the statement writes only if the version is still
  // the one read here, and every step (and new offer) moves the version. A completion
  // reads what its settlement is computed from at the same time.
  const readBasis = () => readSettlementBasis(pool, matchId, scopeCondition(actor, 2));
  const [match, basis] = await Promise.all([
    readMatchState(pool, actor, matchId),
    input.to === "COMPLETED" ? readBasis() : Promise.resolve(null),
  ]);
  let settlement = basis;
  if (!match) throw notFound("Match");
  if (match.version !== input.version) throw await staleVersionError(pool, match, input.version);
  // The two reads ran on two connections: the settlement must be computed from the
  // version of the match that the statement's guard checks. Read before a step the
  // match's read saw, it is read again; read after a newer one, the caller is late.
  if (settlement && settlement.version < match.version) settlement = await readBasis();
  if (settlement && settlement.version !== match.version) throw await lostRace();
  const steps = checkSteps(match, actor, input, reviewThreshold);
  const to = steps[steps.length - 1]!;
  const statement = stepStatement(actor, match, steps, input, settlement);
  const { hold } = statement;
  if (hold && !match.escrowAccount) throw escrowShort(hold.currency, 0n, hold.amount);
  const row = await pool.query<{ version: number | null }>(statement.text, statement.values).then(
    (result) => result.rows[0]!,
    async (error: unknown) => {
      // A short escrow refused the hold: the statement, and so the step, wrote nothing.
      if (hold && isEscrowShort(error)) throw await escrowShortFor(pool, hold);
      if (hold && isEscrowMissing(error)) throw escrowShort(hold.currency, 0n, hold.amount);
      throw error;
    },
  );
  if (row.version === null) throw await lostRace();
  return { id: matchId, status: to, version: row.version };

  /** Someone committed between our read and our write: the 409 says what they did. */
  async function lostRace(): Promise<AppError> {
    const now = await readMatchState(pool, actor, matchId);
    if (!now) return notFound("Match");
    // Nothing moved the version: only an expiry's own guard refuses then (a message
    // pushed expires_at out, step-statement.ts).
    if (now.version === input.version) {
      return conflict("Someone wrote in this match a moment ago: it is not untouched any more");
    }
    return staleVersionError(pool, now, input.version);
  }
}

/** The steps to take, or the reason (403 / 409 / 422) why not. */
function checkSteps(
  match: MatchState,
  actor: WorkflowActor,
  input: TransitionInput,
  reviewThreshold: number,
): MatchStatus[] {
  const { status: from } = match;
  const { to } = input;
  const steps = stepsTo(from, to, actor.role);
  if (!steps) {
    const someoneMay = isLegalTransition(from, to) || stepsTo(from, to, "CREATOR") !== null;
    if (someoneMay)
      throw forbidden(
        `You cannot move ${/^[AEIOU]/.test(from) ? "an" : "a"} ${from} match to ${to}`,
      );
    throw conflict(`A match cannot go from ${from} to ${to}`);
  }
  const side = sideOf(actor);
  if (from === "PENDING" && to === "CONTACTED" && actor.role !== "ADMIN") {
    if (match.reviewStatus === "PENDING") {
      throw conflict("This proposal waits for admin review before it goes to the creator");
    }
  }
  // a brand withdrawing a proposal that never went out owes nobody a reason
  const withdrawal = from === "PENDING" && actor.role === "BRAND_MANAGER";
  if (to === "REJECTED" && !input.note && !withdrawal) {
    throw invalid("note", "Say why (the other side reads it)");
  }
  if (to === "NEGOTIATING") {
    if (!input.offer) throw invalid("offer", "A counter-offer needs a fee and deliverables");
    if (from === "NEGOTIATING" && match.offer?.side === side) {
      throw conflict("Your offer is on the table: wait for the other side's answer");
    }
    // the brand raising its own fee past review: a proposal at that fee goes to review
    if (
      side === "BRAND" &&
      feeNeedsReview(match.reviewStatus, input.offer.amount, reviewThreshold)
    ) {
      throw conflict(
        `A fee above ${formatMoney(reviewThreshold, match.currency, "en-US")} needs an admin's review: decline this match and propose again at that fee`,
      );
    }
  }
  if (to === "ACCEPTED") {
    if (!match.offer) throw conflict("There is no offer to accept");
    if (match.offer.side === side) throw conflict("You cannot accept your own offer");
    if (feeNeedsReview(match.reviewStatus, match.offer.amount, reviewThreshold)) {
      throw conflict(
        `An agreement above ${formatMoney(reviewThreshold, match.currency, "en-US")} needs an admin's review: decline this match, and the brand can propose again at that fee`,
      );
    }
  }
  if (to === "COMPLETED" && !input.actuals) {
    throw invalid("actuals", "Enter the actual views, clicks, sales and revenue");
  }
  return steps;
}

function invalid(field: string, message: string): AppError {
  return new AppError("validation_failed", message, { [field]: [message] });
}
