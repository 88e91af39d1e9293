// The latest imports and the dead letters waiting for a retry, for the upload page.
import type { Queryable } from "../../reporting/queryable.ts";

export async function listImports(db: Queryable, limit = 10) {
  const [imports, dead] = await Promise.all([
    db.query<{
      id: string;
      source: string;
      status: string;
      rows_read: string;
      rows_inserted: string;
      rows_duplicate: string;
      rows_dead_lettered: string;
      started_at: Date;
    }>(
      `SELECT id, source, status, rows_read, rows_inserted, rows_duplicate, rows_dead_lettered, started_at
         FROM adstats_imports ORDER BY started_at DESC LIMIT $1`,
      [limit],
    ),
    db.query<{ n: string }>(
      `SELECT count(*) AS n FROM adstats_dead_letters WHERE resolved_at IS NULL`,
    ),
  ]);
  return {
    imports: imports.rows.map((r) => ({
      id: r.id,
      source: r.source,
      status: r.status,
      rowsRead: Number(r.rows_read),
      rowsInserted: Number(r.rows_inserted),
      rowsDuplicate: Number(r.rows_duplicate),
      rowsDeadLettered: Number(r.rows_dead_lettered),
      startedAt: r.started_at.toISOString(),
    })),
    unresolvedDeadLetters: Number(dead.rows[0].n),
  };
}
