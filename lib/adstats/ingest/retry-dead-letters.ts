// Re-checks dead letters after a fix (to the validator or to the stored raw text):
// rows that now pass go through the same batch write as an import and are marked
// resolved in the same transaction; rows that still fail get attempts + 1 and wait
// baseDelay * 2^attempts before the next --retry may pick them up. After maxAttempts
// a row stays dead for good (and is counted as exhausted).
import type pg from "pg";
import { CopyRows } from "./copy-rows.ts";
import { isoDay } from "../hour.ts";
import { mergeEntityJournal } from "../rollups/merge-entity-journal.ts";
import { parseAvazuLine } from "./parse-line.ts";
import { ensureDayPartitions } from "./partitions.ts";
import { reserveSegmentIds } from "./segment-ids.ts";
import { MAX_BATCH_ROWS, RollupDeltas } from "../rollups/rollup-deltas.ts";
import { writeBatch, type WritableBatch } from "./write-batch.ts";
import { withRetries } from "./with-retries.ts";

export type RetryOptions = { maxAttempts?: number; baseDelaySeconds?: number; limit?: number };

export type RetryResult = {
  retried: number;
  resolved: number;
  inserted: number;
  stillFailing: number;
  /** Unresolved rows that have used up their attempts. */
  exhausted: number;
};

type Row = { id: string; raw: string; attempts: number };

export async function retryDeadLetters(
  pool: pg.Pool,
  { maxAttempts = 5, baseDelaySeconds = 60, limit: wanted = 50_000 }: RetryOptions = {},
): Promise<RetryResult> {
  // one batch: its rollup deltas hold at most MAX_BATCH_ROWS rows
  const limit = Math.min(wanted, MAX_BATCH_ROWS);
  const result = await withRetries(async () => {
    const client = await pool.connect();
    try {
      // partitions must exist before the transaction (partitions.ts): a first look
      const { rows: due } = await client.query<{ raw: string }>(
        `SELECT raw FROM adstats_dead_letters
          WHERE resolved_at IS NULL AND attempts < $1 AND next_attempt_at <= now()
          ORDER BY source, line_no LIMIT $2`,
        [maxAttempts, limit],
      );
      const days = new Set<string>();
      for (const { raw } of due) {
        const p = parseAvazuLine(raw);
        if (p.ok) days.add(isoDay(p.epochHour - (p.epochHour % 86_400)));
      }
      await ensureDayPartitions(client, days);
      await client.query("BEGIN");
      const { rows } = await client.query<Row>(
        `SELECT id, raw, attempts FROM adstats_dead_letters
          WHERE resolved_at IS NULL AND attempts < $1 AND next_attempt_at <= now()
          ORDER BY source, line_no LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [maxAttempts, limit],
      );
      // each row a one-row segment of its own (never claimed: the dead letter resolved
      // in this transaction is what keeps it from coming twice)
      const segmentIds = await reserveSegmentIds(client);
      const deltas = new RollupDeltas();
      const batch: WritableBatch = { segments: [], deltas };
      const resolved: Row[] = [];
      const failed: { row: Row; reason: string }[] = [];
      for (const row of rows) {
        const p = parseAvazuLine(row.raw);
        if (p.ok) {
          const copy = new CopyRows(segmentIds(), undefined, 1024);
          copy.row(0, row.raw);
          // routed by Postgres (day: null): a retry is a handful of rows
          batch.segments.push({ validRows: 1, copyRows: copy.done(), deadLetters: [], day: null });
          deltas.add(p);
          resolved.push(row);
        } else {
          failed.push({ row, reason: p.reason });
        }
      }
      const written = await writeBatch(client, batch);
      if (resolved.length > 0) {
        await client.query(
          `UPDATE adstats_dead_letters SET resolved_at = now(), attempts = attempts + 1
            WHERE id = ANY($1::bigint[])`,
          [resolved.map((r) => r.id)],
        );
      }
      if (failed.length > 0) {
        await client.query(
          `UPDATE adstats_dead_letters d SET attempts = d.attempts + 1, reason = k.reason,
                  next_attempt_at = now() + make_interval(secs => $3 * power(2, d.attempts))
             FROM unnest($1::bigint[], $2::text[]) AS k(id, reason)
            WHERE d.id = k.id`,
          [failed.map((f) => f.row.id), failed.map((f) => f.reason), baseDelaySeconds],
        );
      }
      await client.query("COMMIT");
      return {
        retried: rows.length,
        resolved: resolved.length,
        inserted: written,
        stillFailing: failed.length,
      };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  });
  if (result.inserted > 0) {
    const client = await pool.connect();
    try {
      await mergeEntityJournal(client);
    } finally {
      client.release();
    }
  }
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM adstats_dead_letters WHERE resolved_at IS NULL AND attempts >= $1`,
    [maxAttempts],
  );
  return { ...result, exhausted: rows[0].n };
}
