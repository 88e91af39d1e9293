// Sends the e-mails of email_outbox, one row at a time. Each row is locked (FOR UPDATE
// SKIP LOCKED) while it is sent and marked SENT in the same transaction, so two
// workers never send the same mail and a retry after success finds nothing to do.
// A failed send counts an attempt and puts the row off (1, 2, 4, 8 minutes), so the
// sweep and the queue's retries cannot spend every attempt within a minute of an SMTP
// outage; after MAX_ATTEMPTS (about a quarter of an hour) the row is FAILED and left
// for an admin. Throws after the loop when something failed, so the queue retries.
import type pg from "pg";
import type { Mailer } from "./mailer.ts";

export const MAX_ATTEMPTS = 5;
export const RETRY_AFTER_MS = 60_000;

export type OutboxRun = { sent: number; failed: number };

export async function sendOutbox(
  pool: pg.Pool,
  mailer: Mailer,
  options: { limit?: number; now?: Date } = {},
): Promise<OutboxRun> {
  const limit = options.limit ?? 200;
  const now = options.now ?? new Date();
  const run: OutboxRun = { sent: 0, failed: 0 };
  let lastError: unknown = null;
  const tried = new Set<string>();
  while (run.sent + run.failed < limit) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query(
        `SELECT id, to_address, subject, body, attempts FROM email_outbox
          WHERE status = 'PENDING' AND NOT (id = ANY($1::uuid[]))
            AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
          ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [[...tried], now],
      );
      const row = rows[0];
      if (!row) {
        await client.query("COMMIT");
        break;
      }
      tried.add(row.id);
      try {
        await mailer.send({ id: row.id, to: row.to_address, subject: row.subject, text: row.body });
        await client.query(
          `UPDATE email_outbox SET status = 'SENT', sent_at = now(), attempts = attempts + 1,
                  last_error = NULL WHERE id = $1`,
          [row.id],
        );
        run.sent++;
      } catch (error) {
        lastError = error;
        await client.query(
          `UPDATE email_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $4,
                  status = CASE WHEN attempts + 1 >= $3 THEN 'FAILED'::"EmailStatus" ELSE status END
            WHERE id = $1`,
          [
            row.id,
            String((error as Error).message ?? error).slice(0, 500),
            MAX_ATTEMPTS,
            new Date(now.getTime() + RETRY_AFTER_MS * 2 ** row.attempts),
          ],
        );
        run.failed++;
      }
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
