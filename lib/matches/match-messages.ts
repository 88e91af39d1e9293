// The thread of one match, for both sides. Posting a message counts as activity: it
// pushes the expiry of an open match 30 days out and tells the other side.
import type pg from "pg";
import { withTransaction } from "../db/transaction.ts";
import { notFound } from "../errors.ts";
import { notifyMatchEvent } from "../notify/notify-match-event.ts";
import type { Queryable } from "../reporting/queryable.ts";
import type { WorkflowActor } from "./actor.ts";
import { readMatchState } from "./read-match-state.ts";
import { EXPIRY_DAYS } from "./transition-match.ts";
import type { SystemLine } from "./system-lines.ts";
import { say } from "./write-step-effects.ts";

export async function listMessages(db: Queryable, actor: WorkflowActor, matchId: string) {
  if (!(await readMatchState(db, actor, matchId))) throw notFound("Match");
  const { rows } = await db.query(
    `SELECT mm.id, mm.kind::text AS kind, mm.body, mm.amount, mm.system_line, mm.created_at,
            u.name AS sender_name, u.role::text AS sender_role
       FROM match_messages mm LEFT JOIN users u ON u.id = mm.sender_id
      WHERE mm.match_id = $1 ORDER BY mm.created_at, mm.id LIMIT 500`,
    [matchId],
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
    })),
  };
}

export async function postMessage(
  pool: pg.Pool,
  actor: WorkflowActor,
  matchId: string,
  body: string,
): Promise<{ ok: true }> {
  return withTransaction(pool, async (db) => {
    const match = await readMatchState(db, actor, matchId);
    if (!match) throw notFound("Match");
    await say(db, matchId, actor.userId, "MESSAGE", body);
    await db.query(
      `UPDATE matches SET expires_at = now() + make_interval(days => $2)
        WHERE id = $1 AND status IN ('PENDING','CONTACTED','RESPONDED','NEGOTIATING')`,
      [matchId, EXPIRY_DAYS],
    );
    await notifyMatchEvent(db, match, actor, { kind: "message", body });
    return { ok: true as const };
  });
}
