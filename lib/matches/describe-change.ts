// What the loser of a race is told: who moved the match, to what, and when, read from
// the newest history row, so the page can say what changed instead of "try again".
import type { Queryable } from "../reporting/queryable.ts";
import { AppError } from "../errors.ts";
import { STATUS_LABEL } from "./status-labels.ts";
import type { MatchState } from "./read-match-state.ts";

export async function staleVersionError(
  db: Queryable,
  current: Pick<MatchState, "id" | "status" | "version">,
  yourVersion: number,
): Promise<AppError> {
  const { rows } = await db.query(
    `SELECT h.to_status::text AS to_status, h.created_at, u.name, u.role::text AS role
       FROM match_status_changes h LEFT JOIN users u ON u.id = h.actor_id
      WHERE h.match_id = $1 ORDER BY h.created_at DESC, h.id DESC LIMIT 1`,
    [current.id],
  );
  const last = rows[0];
  const who = last ? (last.name ?? roleWord(last.role)) : "someone";
  const when = last ? new Date(last.created_at).toISOString() : null;
  return new AppError(
    "conflict",
    `This match changed while you were looking: ${who} moved it to ${STATUS_LABEL[current.status]}` +
      `${when ? ` at ${when}` : ""} (version ${current.version}, you had ${yourVersion}). ` +
      "Reload to see the new state.",
    { version: [`Now ${current.version}: ${STATUS_LABEL[current.status]}`] },
  );
}

function roleWord(role: string | null): string {
  if (role === "CREATOR") return "the creator";
  if (role === "ADMIN") return "an admin";
  if (role === "BRAND_MANAGER") return "the brand";
  return "the expiry job";
}
