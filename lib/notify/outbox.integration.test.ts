// E-mails through real SMTP (nodemailer → the local catcher) from the outbox: each
// mail once, even with two senders at once or a retry; failures counted, then given up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { startSmtpCatcher, type SmtpCatcher } from "@/scripts/dev/smtp-catcher";
import { genericPlan } from "@/test/helpers/generic-plan";
import { createMailer, type Mail } from "./mailer.ts";
import {
  MAX_ATTEMPTS,
  PICK_AFTER,
  RETRY_AFTER_MS,
  SEND_CONCURRENCY,
  sendOutbox,
} from "./send-outbox.ts";

const tag = `ob-${Date.now().toString(36)}`;
let catcher: SmtpCatcher;

async function enqueue(n: number, prefix: string): Promise<string[]> {
  const { rows } = await pool.query(
    `INSERT INTO email_outbox (id, to_address, subject, body)
     SELECT gen_random_uuid(), $1 || i || '@test.local', 'Subject ' || i, 'Body ' || i
       FROM generate_series(1, $2) i RETURNING id`,
    [`${tag}-${prefix}-`, n],
  );
  return rows.map((r) => r.id);
}

const caught = async (prefix: string) =>
  (await catcher.messages()).filter((m) => m.to[0]?.startsWith(`${tag}-${prefix}-`));

beforeAll(async () => {
  catcher = await startSmtpCatcher({ smtpPort: 0, webPort: 0 });
  // rows other files left behind belong to nobody here: send them off first
  await sendOutbox(pool, createMailer({ host: "127.0.0.1", port: catcher.smtpPort }));
});
afterAll(() => catcher.close());

describe("sendOutbox", () => {
  it("delivers each pending mail exactly once, even with two senders and a retry", async () => {
    const ids = await enqueue(12, "once");
    const mailer = () => createMailer({ host: "127.0.0.1", port: catcher.smtpPort });
    const [a, b] = await Promise.all([sendOutbox(pool, mailer()), sendOutbox(pool, mailer())]);
    expect(a.sent + b.sent).toBe(12);
    expect(await sendOutbox(pool, mailer())).toEqual({ sent: 0, failed: 0 });
    const mails = await caught("once");
    expect(mails.map((m) => m.to[0]).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `${tag}-once-${i + 1}@test.local`).sort(),
    );
    expect(mails.map((m) => m.messageId).sort()).toEqual(
      ids.map((id) => `<${id}@creatormatch.local>`).sort(),
    );
    const res = await fetch(`${catcher.webUrl}/messages.json?to=${tag}-once-3@test.local`);
    expect((await res.json()).messages).toEqual([
      expect.objectContaining({ subject: "Subject 3", text: "Body 3\n" }),
    ]);
    // addresses compare case-blind, as mailboxes do
    const shouted = await catcher.messages(`${tag}-once-4@test.local`.toUpperCase());
    expect(shouted.map((m) => m.subject)).toEqual(["Subject 4"]);
  });

  it("sends several at once, one per pooled connection, and keeps a batch's good sends when others fail", async () => {
    const ids = await enqueue(12, "batch");
    const real = createMailer({ host: "127.0.0.1", port: catcher.smtpPort });
    let inFlight = 0;
    let most = 0;
    const flaky = {
      async send(mail: Mail) {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          // every third address is refused by the relay, after a moment as relays do
          if (/-batch-(3|6|9|12)@/.test(mail.to)) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            throw new Error("mailbox unavailable");
          }
          await real.send(mail);
        } finally {
          inFlight--;
        }
      },
      close: () => real.close(),
    };
    try {
      await expect(sendOutbox(pool, flaky)).rejects.toThrow(
        "4 e-mail(s) failed: Error: mailbox unavailable",
      );
      expect(most).toBe(SEND_CONCURRENCY);
      const { rows } = await pool.query(
        `SELECT to_address, status::text, attempts, next_attempt_at IS NOT NULL AS put_off
         FROM email_outbox WHERE id = ANY($1::uuid[]) ORDER BY to_address`,
        [ids],
      );
      const refused = (to: string) => /-batch-(3|6|9|12)@/.test(to);
      for (const r of rows) {
        expect(r).toEqual({
          to_address: r.to_address,
          status: refused(r.to_address) ? "PENDING" : "SENT",
          attempts: 1,
          put_off: refused(r.to_address),
        });
      }
      const mails = await caught("batch");
      expect(mails.map((m) => m.to[0]).sort()).toEqual(
        rows
          .filter((r) => !refused(r.to_address))
          .map((r) => r.to_address)
          .sort(),
      );
    } finally {
      real.close();
      // the refused ones fall due again within minutes: out of the way of the test below
      await pool.query(`DELETE FROM email_outbox WHERE id = ANY($1::uuid[])`, [ids]);
    }
  });

  it("counts failed attempts, puts each retry off longer, and gives up after the last one", async () => {
    const [id] = await enqueue(1, "fail");
    const broken = { send: () => Promise.reject(new Error("relay down")), close() {} };
    const attempts = async () =>
      (await pool.query(`SELECT attempts FROM email_outbox WHERE id = $1`, [id])).rows[0].attempts;
    let at = Date.now();
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await expect(sendOutbox(pool, broken, { now: new Date(at) })).rejects.toThrow("relay down");
      expect(await attempts()).toBe(i);
      // a sweep or a retry before the row's time leaves it alone
      const wait = RETRY_AFTER_MS * 2 ** (i - 1);
      expect(await sendOutbox(pool, broken, { now: new Date(at + wait - 1) })).toEqual({
        sent: 0,
        failed: 0,
      });
      expect(await attempts()).toBe(i);
      at += wait;
    }
    const { rows } = await pool.query(
      `SELECT status::text, attempts, last_error FROM email_outbox WHERE id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ status: "FAILED", attempts: MAX_ATTEMPTS, last_error: "relay down" });
    expect(await sendOutbox(pool, broken, { now: new Date(at + 86_400_000) })).toEqual({
      sent: 0,
      failed: 0,
    });
  });

  it("picks after the run's cursor from the partial index, also in a prepared statement's generic plan", async () => {
    // Else every pick walks the index from its front (4.6 ms a pick under bench:workflow).
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const plan = await genericPlan(client, PICK_AFTER);
      expect(plan).toContain("email_outbox_pending_idx");
      expect(plan).toMatch(/Index Cond: \(ROW\(created_at, id\) > ROW\(\$3, \$4\)\)/);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});
