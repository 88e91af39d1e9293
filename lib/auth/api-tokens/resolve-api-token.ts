// Who a bearer token speaks for, in one indexed statement (the prefix's unique index):
// its brand, as a brand manager of that brand alone. It counts only while it is not
// revoked and its creator is still a brand manager and a member of the brand, so
// removing someone from a brand also ends the tokens they made. last_used_at is
// refreshed in the same statement, at most once a minute.
//
// The secret's hash is compared in SQL: timing could at most reveal bytes of a SHA-256
// of a 256-bit random secret, which does not help to find the secret.
import { pool } from "../../db/client.ts";
import type { SessionUser } from "../session-user.ts";
import type { ApiScope } from "./schemas.ts";
import { hashSecret, parseApiToken } from "./token-format.ts";

export type ApiTokenPrincipal = {
  token: { id: string; brandId: string; scopes: ApiScope[] };
  /** The token as a user: its creator's id (for "created by" columns), its brand only. */
  user: SessionUser;
};

const SQL = `
  with t as (
    select t.id, t.brand_id, t.scopes, u.id as user_id, u.email, u.name
    from api_tokens t
    join users u on u.id = t.created_by_id and u.role = 'BRAND_MANAGER'
    join brand_members m on m.brand_id = t.brand_id and m.user_id = t.created_by_id
    where t.prefix = $1 and t.secret_hash = $2 and t.revoked_at is null
  ), touched as (
    update api_tokens set last_used_at = now()
    where id = (select id from t)
      and (last_used_at is null or last_used_at < now() - interval '1 minute')
  )
  select id::text, brand_id::text, scopes, user_id::text, email, name from t`;

type Row = {
  id: string;
  brand_id: string;
  scopes: ApiScope[];
  user_id: string;
  email: string;
  name: string | null;
};

export async function resolveApiToken(credential: string): Promise<ApiTokenPrincipal | null> {
  const parsed = parseApiToken(credential);
  if (!parsed) return null;
  const { rows } = await pool.query<Row>(SQL, [parsed.prefix, hashSecret(parsed.secret)]);
  const row = rows[0];
  if (!row) return null;
  return {
    token: { id: row.id, brandId: row.brand_id, scopes: row.scopes },
    user: {
      id: row.user_id,
      email: row.email,
      name: row.name,
      role: "BRAND_MANAGER",
      brandIds: [row.brand_id],
      creatorId: null,
    },
  };
}
