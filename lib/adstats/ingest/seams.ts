// Seams: a file that grew since it was imported. Its old last segment was short (fewer
// than SEGMENT_ROWS rows); in the grown file the segment starting on the same line is
// longer, so its key is new and the whole segment is claimed, the rows stored the first
// time among them. The builder keeps the key of such a segment's first rows at each
// stored short length (batch-builder.ts); when that key is stored, those rows are, and
// only the rows after them are written. A file that grows twice is handled the same way:
// a trimmed segment's claim still stands for all its rows.
import type pg from "pg";
import type { Segment } from "./batch-builder.ts";
import { SEGMENT_ROWS } from "./batch-builder.ts";

/** Stored short segments: the line each starts on → their row counts. */
export async function loadShortSegments(
  db: pg.Pool | pg.ClientBase,
): Promise<Map<number, number[]>> {
  // a constant, not a parameter: the partial index adstats_import_segments_short_idx
  // (rows_read < 1000) serves only a predicate the planner can see
  const { rows } = await db.query<{ first_line: string; rows_read: number[] }>(
    `SELECT first_line::text, array_agg(DISTINCT rows_read) AS rows_read
       FROM adstats_import_segments WHERE rows_read < ${Number(SEGMENT_ROWS)} GROUP BY first_line`,
  );
  return new Map(rows.map((r) => [Number(r.first_line), r.rows_read]));
}

/**
 * Of the claimed segments' prefixes, the keys earlier imports stored (read in the
 * caller's transaction, after its claim: this import's own claims do not count).
 */
export async function storedPrefixKeys(
  client: pg.ClientBase,
  importId: string,
  segments: readonly Pick<Segment, "prefixes">[],
): Promise<Set<string>> {
  const keys = segments.flatMap((s) => s.prefixes?.map((p) => p.key) ?? []);
  if (keys.length === 0) return new Set();
  const { rows } = await client.query<{ key: string }>(
    `SELECT key::text FROM adstats_import_segments
      WHERE key = ANY($1::bigint[]) AND import_id <> $2::uuid`,
    [keys, importId],
  );
  return new Set(rows.map((r) => r.key));
}

/** The segment without its longest stored prefix (itself when none is stored). */
export function withoutStoredPrefix<S extends Segment>(segment: S, stored: Set<string>): S {
  let longest = null;
  for (const p of segment.prefixes ?? []) {
    if (stored.has(p.key) && (longest === null || p.rows > longest.rows)) longest = p;
  }
  if (longest === null) return segment;
  return {
    ...segment,
    copyRows: segment.copyRows.subarray(longest.copyBytes),
    validRows: segment.validRows - longest.validRows,
    deadLetters: segment.deadLetters.slice(longest.deadLetters),
  };
}
