// Exactly-once, per segment: the first statement of a batch's transaction records its
// segments' keys in adstats_import_segments and gets back the ones no committed (or
// in-flight) transaction holds yet. Another import writing the same segment makes this
// wait for its COMMIT (then the key is taken) or ROLLBACK (then it is ours). Only the
// claimed segments are written, in the same transaction; so a batch committed before a
// SIGKILL is skipped by the re-run, and one that was not is written by it.
// A claim stands for all its segment's rows (rows_read) even when, at the old end of a
// file that grew, its segment_id holds only the rows after a prefix an earlier import
// stored (seams.ts): those sit under that import's segment.
import type pg from "pg";
import type { Batch } from "./batch-builder.ts";

export async function claimSegments(
  client: pg.ClientBase,
  importId: string,
  segments: Batch["segments"],
): Promise<Set<string>> {
  if (segments.length === 0) return new Set();
  const { rows } = await client.query<{ key: string }>(
    `INSERT INTO adstats_import_segments (key, segment_id, import_id, first_line, rows_read)
     SELECT k, i, $2::uuid, f, n
       FROM unnest($1::bigint[], $3::bigint[], $4::bigint[], $5::int[]) AS u(k, i, f, n)
      ORDER BY k
     ON CONFLICT (key) DO NOTHING
     RETURNING key::text`,
    [
      segments.map((s) => s.key),
      importId,
      segments.map((s) => s.id),
      segments.map((s) => s.firstLine),
      segments.map((s) => s.rowsRead),
    ],
  );
  return new Set(rows.map((r) => r.key));
}
