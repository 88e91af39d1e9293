// Sends the e-mails of email_outbox, a few at a time. Each transaction locks up to
// SEND_CONCURRENCY rows (FOR UPDATE SKIP LOCKED), sends them at once over the mailer's
// pooled SMTP connections and marks them SENT before it commits, so two workers never
// send the same mail and a retry after success finds nothing to do; a crash between
// sending and committing can repeat at most that batch, whose Message-IDs let a
// receiving system drop the copies. One mail at a time could not keep up: under the
// workflow bench's load (~110 new mails a second) it sent ~12 a second, each waiting
// for its own SMTP round trips, and the backlog grew without end.
// A failed send counts an attempt and puts the row off (1, 2, 4, 8 minutes), so the
// sweep and the queue's retries cannot spend every attempt within a minute of an SMTP
// outage; after MAX_ATTEMPTS (about a quarter of an hour) the row is FAILED and left
// for an admin. Throws after the loop when something failed, so the queue retries.
import type pg from "pg";
import { MAILER_CONNECTIONS, type Mailer } from "./mailer.ts";

export const MAX_ATTEMPTS = 5;
export const RETRY_AFTER_MS = 60_000;
/** Mails in flight at once: one per pooled SMTP connection. */
export const SEND_CONCURRENCY = MAILER_CONNECTIONS;

export type OutboxRun = { sent: number; failed: number };

type OutboxRow = {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
  created_at: Date;
};

// The oldest pending mails that are due, in the order of the partial index
// email_outbox_pending_idx. Two texts, so that a generic plan starts the index scan at
// the cursor (lib/db/prepared-statements.ts): with one "$3 IS NULL OR ..." text each pick
// walked the index from its front (bench:workflow: 4.6 ms a pick, a fifth of Postgres's time).
const PICK = `SELECT id, to_address, subject, body, attempts, created_at FROM email_outbox
  WHERE status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= $1)`;
const PICK_TAIL = `ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`;
const PICK_FIRST = `${PICK} ${PICK_TAIL}`;
export const PICK_AFTER = `${PICK} AND (created_at, id) > ($3::timestamptz, $4::uuid) ${PICK_TAIL}`;

export async function sendOutbox(
  pool: pg.Pool,
  mailer: Mailer,
  options: { limit?: number; now?: Date } = {},
): Promise<OutboxRun> {
  const limit = options.limit ?? 200;
  const now = options.now ?? new Date();
  const run: OutboxRun = { sent: 0, failed: 0 };
  let lastError: unknown = null;
  // Where this run has got to in the pick's order: each pick starts after the last
  // batch, not at the front of the index past every entry that sending left behind
  // (measured under load: 1,700 buffers read to find 6 rows), and a row that failed
  // is not tried twice in one run. A row committed late behind this point (a long
  // transaction's created_at) leaves with the next run.
  let after: { createdAt: Date; id: string } | null = null;
  while (run.sent + run.failed < limit) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const batch = Math.min(SEND_CONCURRENCY, limit - run.sent - run.failed);
      const { rows }: pg.QueryResult<OutboxRow> = await client.query<OutboxRow>(
        after ? PICK_AFTER : PICK_FIRST,
        after ? [now, batch, after.createdAt, after.id] : [now, batch],
      );
      if (rows.length === 0) {
        await client.query("COMMIT");
        break;
      }
      const last: OutboxRow = rows[rows.length - 1]!;
      after = { createdAt: last.created_at, id: last.id };
      const results = await Promise.allSettled(
        rows.map((row) =>
          mailer.send({ id: row.id, to: row.to_address, subject: row.subject, text: row.body }),
        ),
      );
      const sent = rows.filter((_, i) => results[i]!.status === "fulfilled").map((r) => r.id);
      if (sent.length > 0) {
        await client.query(
          `UPDATE email_outbox SET status = 'SENT', sent_at = now(), attempts = attempts + 1,
                  last_error = NULL WHERE id = ANY($1::uuid[])`,
          [sent],
        );
      }
      for (const [i, row] of rows.entries()) {
        const result = results[i]!;
        if (result.status === "fulfilled") continue;
        lastError = result.reason;
        await client.query(
          `UPDATE email_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $4,
                  status = CASE WHEN attempts + 1 >= $3 THEN 'FAILED'::"EmailStatus" ELSE status END
            WHERE id = $1`,
          [
            row.id,
            String((result.reason as Error).message ?? result.reason).slice(0, 500),
            MAX_ATTEMPTS,
            new Date(now.getTime() + RETRY_AFTER_MS * 2 ** row.attempts),
          ],
        );
      }
      run.sent += sent.length;
      run.failed += rows.length - sent.length;
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  if (lastError) throw new Error(`${run.failed} e-mail(s) failed: ${String(lastError)}`);
  return run;
}
