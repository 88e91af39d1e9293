// Everything a workflow step writes besides the status: history rows (one per step,
// so the history is always a path of legal single steps), the review decision, the
// counter-offer, the agreed fee, the actual results, the thread's messages and the
// notifications of the other side. Runs inside the transition's transaction.
import type { MatchStatus } from "../db/generated/enums.ts";
import { notifyMatchEvent } from "../notify/notify-match-event.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { createLinksForAcceptedMatch } from "../tracking/create-links-for-accepted-match.ts";
import { createSettlement } from "../settlement/create-settlement.ts";
import { holdMatchFee } from "../settlement/hold-match-fee.ts";
import { sideOf, type WorkflowActor } from "./actor.ts";
import type { MatchState } from "./read-match-state.ts";
import type { Offer, TransitionInput } from "./schemas.ts";
import { englishLine, type SystemLine } from "./system-lines.ts";

export async function writeStepEffects(
  db: Queryable,
  actor: WorkflowActor,
  match: MatchState,
  steps: MatchStatus[],
  input: Pick<TransitionInput, "note" | "offer" | "actuals">,
): Promise<void> {
  const note = input.note ?? null;
  // The expiry job's note is the platform's own words; so is the step the creator's
  // answer implies on the way to a later one.
  await insertHistory(
    db,
    match.id,
    actor.userId,
    steps.map((to, i) => {
      const last = i === steps.length - 1;
      const line: SystemLine | null = !last
        ? { code: "creatorAnswered", params: {} }
        : actor.role === "SYSTEM" && to === "EXPIRED" && note !== null
          ? { code: "noStepFor30Days", params: {} }
          : null;
      return {
        from: i === 0 ? match.status : steps[i - 1]!,
        to,
        note: line ? englishLine(line) : note,
        line,
      };
    }),
  );
  const to = steps[steps.length - 1];
  const system = (line: SystemLine) => say(db, match.id, null, "SYSTEM", line);

  if (actor.role === "ADMIN" && match.status === "PENDING" && match.reviewStatus === "PENDING") {
    await db.query(
      `UPDATE matches SET review_status = $2::"ReviewStatus", reviewed_by_id = $3,
              reviewed_at = now(), review_reason = COALESCE($4, review_reason),
              -- an admin's note replaces the reasons the app gave
              review_lines = CASE WHEN $4::text IS NULL THEN review_lines END
        WHERE id = $1`,
      [match.id, to === "CONTACTED" ? "APPROVED" : "REJECTED", actor.userId, note],
    );
  }
  if (to === "NEGOTIATING" && input.offer) {
    await insertOffer(db, match.id, actor, input.offer);
    const message = input.offer.message?.trim();
    await say(
      db,
      match.id,
      actor.userId,
      "COUNTER_OFFER",
      message || {
        code: "counterOffer",
        params: {
          amount: input.offer.amount,
          currency: match.currency,
          deliverables: input.offer.deliverables,
        },
      },
      input.offer.amount,
    );
  } else if (to === "ACCEPTED" && match.offer) {
    // The fee is put aside in the brand's escrow before the agreement stands: a short
    // balance refuses the step (409) and rolls the whole transition back.
    await holdMatchFee(db, {
      brandId: match.brandId,
      matchId: match.id,
      currency: match.currency,
      amount: BigInt(match.offer.amount),
      actorId: actor.userId,
    });
    // The terms on the table became the agreement in the step's own UPDATE
    // (transition-match.ts): fee and commission, which the settlement charges.
    if (note) await say(db, match.id, actor.userId, "MESSAGE", note);
    await system({
      code: "agreementReached",
      params: { amount: match.offer.amount, currency: match.currency },
    });
    await createLinksForAcceptedMatch(db, match);
  } else if (to === "COMPLETED" && input.actuals) {
    const a = input.actuals;
    await db.query(
      `INSERT INTO match_outcomes (match_id, views, clicks, orders, revenue, cost, measured_at)
       SELECT id, $2, $3, $4, $5, COALESCE(agreed_amount, offer_amount, 0), now()
         FROM matches WHERE id = $1
       ON CONFLICT (match_id) DO UPDATE SET views = $2, clicks = $3, orders = $4,
             revenue = $5, measured_at = now()`,
      [match.id, a.views, a.clicks, a.sales, a.revenue],
    );
    await createSettlement(db, match.id, actor.userId);
    if (note) await say(db, match.id, actor.userId, "MESSAGE", note);
    await system({ code: "markedComplete", params: {} });
  } else if (to === "REJECTED" && actor.role === "ADMIN") {
    await system({ code: "rejectedInReview", params: { note: note ?? "" } });
  } else if (to === "EXPIRED") {
    await system({ code: "expired", params: {} });
  } else if (note) {
    await say(db, match.id, actor.userId, "MESSAGE", note);
  }
  await notifyMatchEvent(db, match, actor, { kind: "status", to, note, offer: input.offer });
}

/**
 * The time of a new row of a match's history, offers or thread: now, but always after
 * the match's newest row (timestamps keep milliseconds only, and steps of one
 * transaction come within the same one), so ordering by time is ordering by step.
 * $1 is the match id; the (match_id, created_at) index answers the max.
 */
const after = (table: string) =>
  `GREATEST(clock_timestamp(), (SELECT max(created_at) + interval '1 millisecond' FROM ${table} WHERE match_id = $1))`;

/**
 * A match's steps, in one statement: each a millisecond after the one before, the
 * first after the match's newest history row.
 */
async function insertHistory(
  db: Queryable,
  matchId: string,
  actorId: string | null,
  steps: { from: MatchStatus; to: MatchStatus; note: string | null; line: SystemLine | null }[],
): Promise<void> {
  await db.query(
    `INSERT INTO match_status_changes (id, match_id, from_status, to_status, actor_id, note, system_line, created_at)
     SELECT gen_random_uuid(), $1, s.from_status, s.to_status, $2, s.note, s.line,
            ${after("match_status_changes")} + (s.step - 1) * interval '1 millisecond'
       FROM unnest($3::"MatchStatus"[], $4::"MatchStatus"[], $5::text[], $6::jsonb[])
            WITH ORDINALITY AS s(from_status, to_status, note, line, step)`,
    [
      matchId,
      actorId,
      steps.map((s) => s.from),
      steps.map((s) => s.to),
      steps.map((s) => s.note),
      steps.map((s) => (s.line === null ? null : JSON.stringify(s.line))),
    ],
  );
}

async function insertOffer(
  db: Queryable,
  matchId: string,
  actor: WorkflowActor,
  offer: Offer,
): Promise<void> {
  await db.query(
    `INSERT INTO match_offers (id, match_id, author_id, side, amount, commission_rate_bp, deliverables,
                               starts_on, ends_on, message, created_at)
     VALUES (gen_random_uuid(), $1, $2, $3::"OfferSide", $4, $9, $5, $6, $7, $8, ${after("match_offers")})`,
    [
      matchId,
      actor.userId,
      sideOf(actor),
      offer.amount,
      offer.deliverables,
      offer.startsOn ?? null,
      offer.endsOn ?? null,
      offer.message ?? null,
      offer.commissionRateBp ?? 0,
    ],
  );
}

export async function say(
  db: Queryable,
  matchId: string,
  senderId: string | null,
  kind: "MESSAGE" | "PROPOSAL" | "COUNTER_OFFER" | "SYSTEM",
  /** a person's words as they wrote them, or a line of the platform's own */
  body: string | SystemLine,
  amount: number | null = null,
): Promise<void> {
  const line = typeof body === "string" ? null : body;
  await db.query(
    `INSERT INTO match_messages (id, match_id, sender_id, kind, body, amount, system_line, created_at)
     VALUES (gen_random_uuid(), $1, $2, $3::"MessageKind", $4, $5, $6, ${after("match_messages")})`,
    [
      matchId,
      senderId,
      kind,
      line ? englishLine(line) : body,
      amount,
      line ? JSON.stringify(line) : null,
    ],
  );
}
