// Everything a workflow step writes, as one SQL statement: the guarded UPDATE of the
// match (id, version and tenant in its WHERE clause) and, as data-modifying CTEs that
// write only when that UPDATE found its row, the history (one row per step, so the
// history is always a path of legal single steps), the review decision, the
// counter-offer, the agreed fee and its escrow hold, the tracking link, the actual
// results and the settlement, the thread's messages and the other side's
// notifications. One statement is atomic on its own; one round trip to Postgres
// instead of one per row.
import type { MatchStatus } from "../db/generated/enums.ts";
import { SqlParams, withCtes } from "../db/sql-params.ts";
import { notificationCtes } from "../notify/notify-match-event.ts";
import { settlementCtes, type SettlementBasis } from "../settlement/create-settlement.ts";
import { matchFeeHoldCtes, type MatchFeeHold } from "../settlement/hold-match-fee.ts";
import { acceptedMatchLinkCte } from "../tracking/accepted-match-link.ts";
import {
  awaitingReview,
  scopeCondition,
  sentToCreator,
  sideOf,
  type WorkflowActor,
} from "./actor.ts";
import type { MatchState } from "./read-match-state.ts";
import type { Offer, TransitionInput } from "./schemas.ts";
import { englishLine, type SystemLine } from "./system-lines.ts";

export const EXPIRY_DAYS = 30;

/** The CTE that every other part of a step's statement waits for. */
const STEP = "step";

export type StepStatement = {
  text: string;
  values: unknown[];
  /** the fee put aside, when the step is an acceptance with a fee (a short balance fails the statement) */
  hold: MatchFeeHold | null;
};

/**
 * The statement of one step (or of the steps an answer implies, e.g. CONTACTED →
 * RESPONDED → ACCEPTED). Its row: `version`, null when the match moved on since it was
 * read (then nothing was written).
 */
export function stepStatement(
  actor: WorkflowActor,
  match: MatchState,
  steps: MatchStatus[],
  input: Pick<TransitionInput, "version" | "note" | "offer" | "actuals">,
  settlement: SettlementBasis | null,
): StepStatement {
  const p = new SqlParams();
  const to = steps[steps.length - 1]!;
  const note = input.note ?? null;
  // An acceptance makes the terms on the table the agreement: fee and commission,
  // which the settlement charges (lib/settlement/create-settlement.ts).
  const agreed = to === "ACCEPTED" ? match.offer : null;
  const reviewed = actor.role === "ADMIN" && awaitingReview(match);

  const ctes = [
    updateCte(p, actor, match, to, input.version, agreed, reviewed ? note : undefined),
    historyCte(p, match, actor, steps, note),
  ];
  const messages: Message[] = [];
  const say = (body: string | SystemLine, amount: number | null = null) =>
    messages.push({ senderId: actor.userId, kind: "MESSAGE", body, amount });
  const system = (line: SystemLine) =>
    messages.push({ senderId: null, kind: "SYSTEM", body: line, amount: null });

  let hold: MatchFeeHold | null = null;
  if (to === "NEGOTIATING" && input.offer) {
    const o = input.offer;
    ctes.push(offerCte(p, match.id, actor, o));
    messages.push({
      senderId: actor.userId,
      kind: "COUNTER_OFFER",
      body: o.message?.trim() || {
        code: "counterOffer",
        params: { amount: o.amount, currency: match.currency, deliverables: o.deliverables },
      },
      amount: o.amount,
    });
  } else if (to === "ACCEPTED" && agreed) {
    // The fee is put aside in the brand's escrow as the agreement stands: a short
    // balance fails the statement, so nothing of the step is written (409).
    if (agreed.amount > 0) {
      hold = {
        brandId: match.brandId,
        matchId: match.id,
        currency: match.currency,
        amount: BigInt(agreed.amount),
        actorId: actor.userId,
      };
      ctes.push(...matchFeeHoldCtes(p, hold, STEP));
    }
    if (note) say(note);
    system({
      code: "agreementReached",
      params: { amount: agreed.amount, currency: match.currency },
    });
    ctes.push(acceptedMatchLinkCte(p, match, STEP));
  } else if (to === "COMPLETED" && input.actuals) {
    ctes.push(outcomeCte(p, input.actuals));
    if (settlement) ctes.push(...settlementCtes(p, match, settlement, actor.userId, STEP));
    if (note) say(note);
    system({ code: "markedComplete", params: {} });
  } else if (to === "REJECTED" && reviewed) {
    system({ code: "rejectedInReview", params: { note: note ?? "" } });
  } else if (to === "EXPIRED") {
    system({ code: awaitingReview(match) ? "expiredInReview" : "expired", params: {} });
  } else if (note) {
    say(note);
  }
  if (messages.length) {
    // a step on a proposal that has not gone out (a review decision, a withdrawal):
    // its words are for the brand and the admins; the brand's own sending of it (no
    // review) speaks to the creator
    const internal = !sentToCreator(match) && (reviewed || to !== "CONTACTED");
    ctes.push(messagesCte(p, match.id, messages, { gate: STEP, internal: String(internal) }));
  }
  ctes.push(
    ...notificationCtes(
      p,
      match,
      actor,
      { kind: "status", sent: sentToCreator(match), reviewed, to, note, offer: input.offer },
      STEP,
    ),
  );
  return {
    text: withCtes(ctes, `SELECT (SELECT version FROM ${STEP}) AS version`),
    values: p.values,
    hold,
  };
}

function updateCte(
  p: SqlParams,
  actor: WorkflowActor,
  match: MatchState,
  to: MatchStatus,
  version: number,
  agreed: MatchState["offer"],
  /** the admin's review note (null: none) when the step decides a review */
  reviewNote: string | null | undefined,
): string {
  const status = p.add(to);
  const review =
    reviewNote === undefined
      ? // a match that closes while it waits for review (the brand withdraws it, it
        // expires) leaves the review queue: nobody decided, and nobody needs to
        match.reviewStatus === "PENDING"
        ? `, review_status = 'CLOSED'::"ReviewStatus"`
        : ""
      : (() => {
          const why = p.add(reviewNote);
          return `, review_status = ${p.add(to === "CONTACTED" ? "APPROVED" : "REJECTED")}::"ReviewStatus",
              reviewed_by_id = ${p.add(actor.userId)}::uuid, reviewed_at = now(),
              review_reason = COALESCE(${why}::text, m.review_reason),
              -- an admin's note replaces the reasons the app gave
              review_lines = CASE WHEN ${why}::text IS NULL THEN m.review_lines END`;
        })();
  // A message pushes expires_at out without a new version, and the expiry job's read
  // may be seconds old: it expires only a match that is still past its date.
  const stillStale = to === "EXPIRED" ? " AND m.expires_at < now()" : "";
  const where = `m.id = ${p.add(match.id)}::uuid AND m.version = ${p.add(version)}::int${stillStale}`;
  const scope = scopeCondition(actor, p.next);
  p.addAll(scope.params);
  return `${STEP} AS (
     UPDATE matches m
        SET status = ${status}::"MatchStatus", version = m.version + 1,
            status_changed_at = now(), updated_at = now(),
            expires_at = CASE WHEN ${status}::"MatchStatus" IN ('PENDING','CONTACTED','RESPONDED','NEGOTIATING')
                              THEN now() + make_interval(days => ${p.add(EXPIRY_DAYS)}::int) END,
            agreed_amount = COALESCE(${p.add(agreed?.amount ?? null)}::bigint, m.agreed_amount),
            commission_rate_bp = COALESCE(${p.add(agreed?.commissionRateBp ?? null)}::int, m.commission_rate_bp)
            ${review}
      WHERE ${where} ${scope.sql}
      RETURNING m.id, m.version, m.agreed_amount, m.offer_amount
   )`;
}

/**
 * The time of a new row of a match's history, offers or thread: now, but always after
 * the match's newest row (timestamps keep milliseconds only, and steps of one
 * statement come within the same one), so ordering by time is ordering by step.
 * The (match_id, created_at) index answers the max.
 */
const after = (table: string, matchId: string) =>
  `GREATEST(clock_timestamp(), (SELECT max(created_at) + interval '1 millisecond' FROM ${table} WHERE match_id = ${matchId}::uuid))`;

/** The steps, each a millisecond after the one before, the first after the newest row. */
function historyCte(
  p: SqlParams,
  match: MatchState,
  actor: WorkflowActor,
  steps: MatchStatus[],
  note: string | null,
): string {
  // The expiry job's note is the platform's own words; so is the step the creator's
  // answer implies on the way to a later one.
  const rows = steps.map((to, i) => {
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
  });
  const matchId = p.add(match.id);
  return `history AS (
     INSERT INTO match_status_changes (id, match_id, from_status, to_status, actor_id, note, system_line, created_at)
     SELECT gen_random_uuid(), ${matchId}::uuid, s.from_status, s.to_status, ${p.add(actor.userId)}::uuid, s.note, s.line,
            ${after("match_status_changes", matchId)} + (s.step - 1) * interval '1 millisecond'
       FROM ${STEP},
            unnest(${p.add(rows.map((r) => r.from))}::"MatchStatus"[], ${p.add(rows.map((r) => r.to))}::"MatchStatus"[],
                   ${p.add(rows.map((r) => r.note))}::text[],
                   ${p.add(rows.map((r) => (r.line === null ? null : JSON.stringify(r.line))))}::jsonb[])
            WITH ORDINALITY AS s(from_status, to_status, note, line, step)
   )`;
}

function offerCte(p: SqlParams, matchId: string, actor: WorkflowActor, offer: Offer): string {
  const id = p.add(matchId);
  return `offer AS (
     INSERT INTO match_offers (id, match_id, author_id, side, amount, commission_rate_bp, deliverables,
                               starts_on, ends_on, message, created_at)
     SELECT gen_random_uuid(), ${id}::uuid, ${p.add(actor.userId)}::uuid, ${p.add(sideOf(actor))}::"OfferSide",
            ${p.add(offer.amount)}::bigint, ${p.add(offer.commissionRateBp ?? 0)}::int,
            ${p.add(offer.deliverables)}::text, ${p.add(offer.startsOn ?? null)}::date,
            ${p.add(offer.endsOn ?? null)}::date, ${p.add(offer.message ?? null)}::text,
            ${after("match_offers", id)}
       FROM ${STEP}
   )`;
}

function outcomeCte(p: SqlParams, a: NonNullable<TransitionInput["actuals"]>): string {
  const [views, clicks, orders, revenue] = [a.views, a.clicks, a.sales, a.revenue].map((v) =>
    p.add(v),
  );
  return `outcome AS (
     INSERT INTO match_outcomes (match_id, views, clicks, orders, revenue, cost, measured_at)
     SELECT s.id, ${views}::int, ${clicks}::int, ${orders}::int, ${revenue}::bigint,
            COALESCE(s.agreed_amount, s.offer_amount, 0), now()
       FROM ${STEP} s
     ON CONFLICT (match_id) DO UPDATE SET views = EXCLUDED.views, clicks = EXCLUDED.clicks,
           orders = EXCLUDED.orders, revenue = EXCLUDED.revenue, measured_at = now()
   )`;
}

export type Message = {
  senderId: string | null;
  kind: "MESSAGE" | "PROPOSAL" | "COUNTER_OFFER" | "SYSTEM";
  /** a person's words as they wrote them, or a line of the platform's own */
  body: string | SystemLine;
  amount: number | null;
};

/**
 * Messages of a match's thread as a data-modifying CTE (`messages`), in order, each a
 * millisecond after the one before; nothing when `gate` returns no row. `internal`: an
 * SQL boolean, true for what the brand and the admins write before the proposal goes
 * out (the creator never reads it).
 */
export function messagesCte(
  p: SqlParams,
  matchId: string,
  messages: readonly Message[],
  { gate, internal }: { gate?: string; internal: string },
): string {
  const id = p.add(matchId);
  const line = (m: Message) => (typeof m.body === "string" ? null : m.body);
  return `messages AS (
     INSERT INTO match_messages (id, match_id, sender_id, kind, body, amount, system_line, internal, created_at)
     SELECT gen_random_uuid(), ${id}::uuid, s.sender_id, s.kind, s.body, s.amount, s.line, ${internal},
            ${after("match_messages", id)} + (s.n - 1) * interval '1 millisecond'
       FROM unnest(${p.add(messages.map((m) => m.senderId))}::uuid[],
                   ${p.add(messages.map((m) => m.kind))}::"MessageKind"[],
                   ${p.add(messages.map((m) => (typeof m.body === "string" ? m.body : englishLine(m.body))))}::text[],
                   ${p.add(messages.map((m) => m.amount))}::bigint[],
                   ${p.add(messages.map((m) => (line(m) ? JSON.stringify(line(m)) : null)))}::jsonb[])
            WITH ORDINALITY AS s(sender_id, kind, body, amount, line, n)
      ${gate ? `WHERE EXISTS (SELECT 1 FROM ${gate})` : ""}
   )`;
}
