// Ids for the segments an import run stores (adstats_events.segment_id): each run
// reserves a block of 2^20 from a sequence, so ids are unique across runs and known
// before a segment's first row is written. A run therefore holds at most 2^20 segments
// (about a billion rows; all of Avazu is 40 million).
import type pg from "pg";

const BLOCK = 1_048_576;

export class TooManySegments extends Error {}

export async function reserveSegmentIds(db: pg.ClientBase | pg.Pool): Promise<() => number> {
  const { rows } = await db.query<{ block: string }>(
    `SELECT nextval('adstats_segment_blocks')::text AS block`,
  );
  const base = Number(rows[0].block) * BLOCK;
  let next = 0;
  return () => {
    if (next >= BLOCK) throw new TooManySegments(`an import holds at most ${BLOCK} segments`);
    return base + next++;
  };
}
