// Sent mails older than the retention go; recent ones, failed ones and pending ones stay.
import { describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { pruneSentEmails, SENT_EMAIL_RETENTION_DAYS } from "./prune-sent-emails.ts";

const DAY = 86_400_000;
const tag = `prune-${Date.now().toString(36)}`;

describe("pruneSentEmails", () => {
  it("drops only mails sent longer ago than the retention", async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const rows = [
      {
        to: "old-sent",
        status: "SENT",
        created: ago(120),
        sent: ago(SENT_EMAIL_RETENTION_DAYS + 1),
      },
      {
        to: "recent-sent",
        status: "SENT",
        created: ago(120),
        sent: ago(SENT_EMAIL_RETENTION_DAYS - 1),
      },
      { to: "old-failed", status: "FAILED", created: ago(200), sent: null },
      { to: "old-pending", status: "PENDING", created: ago(200), sent: null },
    ];
    await pool.query(
      `INSERT INTO email_outbox (id, to_address, subject, body, status, created_at, sent_at)
       SELECT gen_random_uuid(), $1 || '-' || t || '@test.local', 's', 'b', s::"EmailStatus", c, x
         FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[]) AS r(t, s, c, x)`,
      [
        tag,
        rows.map((r) => r.to),
        rows.map((r) => r.status),
        rows.map((r) => r.created),
        rows.map((r) => r.sent),
      ],
    );
    expect(await pruneSentEmails(pool, now)).toBe(1);
    const { rows: left } = await pool.query(
      `SELECT split_part(split_part(to_address, '@', 1), $1 || '-', 2) AS to FROM email_outbox
        WHERE to_address LIKE $1 || '-%' ORDER BY 1`,
      [tag],
    );
    expect(left.map((r) => r.to)).toEqual(["old-failed", "old-pending", "recent-sent"]);
    // the pending one is not sent here: out of the way of the outbox's own tests
    await pool.query(`DELETE FROM email_outbox WHERE to_address LIKE $1 || '-%'`, [tag]);
  });
});
