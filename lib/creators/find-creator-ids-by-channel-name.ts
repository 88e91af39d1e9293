// Creator ids whose channel name contains a search text, for the ranking's include
// filter: the in-memory index holds no names, so the name match is one SQL query.
import type pg from "pg";

/** At most this many ids: a search matching more is too broad to narrow anything. */
export const CHANNEL_NAME_MATCH_CAP = 5_000;

// ILIKE treats % and _ as wildcards and \ as the escape: a search for "100%" means the
// characters, not "100 then anything".
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function findCreatorIdsByChannelName(
  pool: pg.Pool,
  text: string,
  cap = CHANNEL_NAME_MATCH_CAP,
): Promise<string[]> {
  const { rows } = await pool.query<{ creator_id: string }>(
    // ordered, so that a search past the cap gives the ranking and a creator's detail
    // (which checks the same filters) the same ids
    `SELECT DISTINCT creator_id FROM channels WHERE title ILIKE $1 ORDER BY creator_id LIMIT $2`,
    [`%${escapeLike(text)}%`, cap],
  );
  return rows.map((r) => r.creator_id);
}
