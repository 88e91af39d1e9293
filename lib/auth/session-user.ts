// Who is asking: the signed-in user as every authorization check sees it. Loaded from
// the database on each request through the session row the JWT names, in one indexed
// query, so a revoked session ends at once and a role or membership change takes effect
// immediately rather than when the JWT expires.
import { pool } from "../db/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionClaims } from "./session-token.ts";

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** Brands this user manages (empty for creators). */
  brandIds: string[];
  /** The creator profile of this user, if any. */
  creatorId: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// last_seen_at is refreshed in the same statement, but only when it is older than this:
// one write per session every few minutes instead of one per request.
const TOUCH_AFTER = "5 minutes";

const USER_COLUMNS = `u.id, u.email, u.name, u.role::text as role,
    array(select m.brand_id::text from brand_members m where m.user_id = u.id order by m.brand_id)
      as brand_ids,
    (select c.id::text from creators c where c.user_id = u.id) as creator_id`;

const BY_SESSION_SQL = `
  with live as (
    select s.id, s.user_id
    from user_sessions s
    where s.id = $1::uuid and s.user_id = $2::uuid and s.revoked_at is null
  ), touched as (
    update user_sessions set last_seen_at = now()
    where id = (select id from live) and last_seen_at < now() - interval '${TOUCH_AFTER}'
  )
  select ${USER_COLUMNS} from live join users u on u.id = live.user_id`;

const BY_ID_SQL = `select ${USER_COLUMNS} from users u where u.id = $1::uuid`;

type Row = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  brand_ids: string[];
  creator_id: string | null;
};

/**
 * The user behind a session, or null when the session was revoked, never existed or
 * belongs to someone else. A JWT without a session id (issued before sessions were
 * recorded) counts as no session: its holder signs in again.
 */
export async function loadUserOfSession(claims: SessionClaims): Promise<SessionUser | null> {
  if (!claims.sessionId || !UUID.test(claims.sessionId) || !UUID.test(claims.userId)) return null;
  const { rows } = await pool.query<Row>(BY_SESSION_SQL, [claims.sessionId, claims.userId]);
  return rows[0] ? toSessionUser(rows[0]) : null;
}

/**
 * A user by id, with no session check: for callers that established who is asking
 * some other way (tests injecting a user, jobs acting for a user). Requests go
 * through loadUserOfSession.
 */
export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  if (!UUID.test(userId)) return null;
  const { rows } = await pool.query<Row>(BY_ID_SQL, [userId]);
  return rows[0] ? toSessionUser(rows[0]) : null;
}

function toSessionUser(user: Row): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    brandIds: user.brand_ids,
    creatorId: user.creator_id,
  };
}
