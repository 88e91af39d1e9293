// The thread of one match, for both sides. Posting a message counts as activity: it
// pushes the expiry of an open match 30 days out and tells the other side.
import type pg from "pg";
import { SqlParams, withCtes } from "../db/sql-params.ts";
import { notFound } from "../errors.ts";
import { notificationCtes } from "../notify/notify-match-event.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { SENT_TO_CREATOR, sentToCreator, type WorkflowActor } from "./actor.ts";
import { readMatchState } from "./read-match-state.ts";
import { EXPIRY_DAYS, messagesCte } from "./step-statement.ts";
import type { SystemLine } from "./system-lines.ts";

/** Messages a thread answers with: the newest, so that a long thread still shows what
 *  was just written. */
export const THREAD_MESSAGES_SHOWN = 500;

/** The newest THREAD_MESSAGES_SHOWN messages of the thread, oldest first. */
export async function listMessages(db: Queryable, actor: WorkflowActor, matchId: string) {
  if (!(await readMatchState(db, actor, matchId))) throw notFound("Match");
  const { rows } = await db.query(
    `SELECT * FROM (
       SELECT mm.id, mm.kind::text AS kind, mm.body, mm.amount, mm.system_line, mm.internal, mm.created_at,
              u.name AS sender_name, u.role::text AS sender_role
         FROM match_messages mm LEFT JOIN users u ON u.id = mm.sender_id
        WHERE mm.match_id = $1 AND (NOT mm.internal OR NOT $3::boolean)
        ORDER BY mm.created_at DESC, mm.id DESC LIMIT $2
     ) newest ORDER BY created_at, id`,
    // what the brand and the admins wrote before the proposal went out is not the creator's
    [matchId, THREAD_MESSAGES_SHOWN, actor.role === "CREATOR"],
  );
  return {
    messages: rows.map((r) => ({
      id: r.id as string,
      kind: r.kind as string,
      body: r.body as string,
      line: (r.system_line ?? null) as SystemLine | null,
      amount: r.amount === null ? null : Number(r.amount),
      at: new Date(r.created_at).toISOString(),
      sender: r.sender_role ? { name: r.sender_name as string | null, role: r.sender_role } : null,
      internal: r.internal as boolean,
    })),
  };
}

export async function postMessage(
  pool: pg.Pool,
  actor: WorkflowActor,
  matchId: string,
  body: string,
): Promise<{ ok: true }> {
  const match = await readMatchState(pool, actor, matchId);
  if (!match) throw notFound("Match");
  // The message, the expiry pushed out and the other side's notes: one statement.
  const p = new SqlParams();
  const sent = sentToCreator(match);
  const ctes = [
    // RETURNING reads the row as it is once its lock is ours (an approval committing
    // meanwhile included), not as the statement's snapshot saw it. A match that is
    // not open any more has no row here, and the read above holds: a closed match
    // goes out no more.
    `activity AS (
       UPDATE matches m SET expires_at = now() + make_interval(days => ${p.add(EXPIRY_DAYS)}::int)
        WHERE m.id = ${p.add(matchId)}::uuid AND m.status IN ('PENDING','CONTACTED','RESPONDED','NEGOTIATING')
        RETURNING ${SENT_TO_CREATOR} AS sent
    )`,
    messagesCte(p, matchId, [{ senderId: actor.userId, kind: "MESSAGE", body, amount: null }], {
      // until the proposal goes out, the thread is the brand's and the admins'
      internal: `NOT COALESCE((SELECT sent FROM activity), ${sent})`,
    }),
    ...notificationCtes(p, match, actor, { kind: "message", sent, body }),
  ];
  await pool.query(withCtes(ctes, "SELECT 1"), p.values);
  return { ok: true as const };
}
