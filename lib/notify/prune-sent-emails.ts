// Sent mails are kept for a while (what went to whom, for support) and then dropped:
// the outbox takes a row per notification, 10,000s a day on a busy platform, and a
// queue table that only grows makes its index and vacuum ever slower. Mails that
// failed stay for an admin; pending ones are still to send.
import type { Queryable } from "../reporting/queryable.ts";

export const SENT_EMAIL_RETENTION_DAYS = 90;

/** Deletes mails sent more than SENT_EMAIL_RETENTION_DAYS before `now`; their count. */
export async function pruneSentEmails(db: Queryable, now = new Date()): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM email_outbox
      WHERE status = 'SENT' AND sent_at < $1::timestamptz - make_interval(days => $2)`,
    [now, SENT_EMAIL_RETENTION_DAYS],
  );
  return rowCount ?? 0;
}
