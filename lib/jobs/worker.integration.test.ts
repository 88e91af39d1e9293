// The worker on the real queue: its schedules fire (the e-mail sweep sends what no
// nudge announced), a nudge after commit sends the outbox through SMTP, and admins see
// the job's last and next run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as jobsRoute from "@/app/api/v1/admin/jobs/route";
import * as notificationsRoute from "@/app/api/v1/notifications/route";
import * as readRoute from "@/app/api/v1/notifications/read/route";
import { pool } from "@/lib/db/client";
import { createMailer } from "@/lib/notify/mailer";
import { startSmtpCatcher, type SmtpCatcher } from "@/scripts/dev/smtp-catcher";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createUser } from "@/test/helpers/fixtures";
import { importCreatorRecords } from "@/lib/creators/import-creator-records";
import { FEATURE_RULES_VERSION } from "@/lib/matching/engine/derive-features";
import { afterWorkflowCommit } from "./after-commit.ts";
import { startWorker } from "./start-worker.ts";

let catcher: SmtpCatcher;
let worker: { stop(): Promise<void> };
// committed while no worker ran, and never nudged: only the schedule can send it
const unannounced = `sweep-${Date.now().toString(36)}@test.local`;
// a feature row as older reading rules stored it
let staleCreatorId: string;

beforeAll(async () => {
  catcher = await startSmtpCatcher({ smtpPort: 0, webPort: 0 });
  // Files that ran before on this database may have left nudges nobody worked: they
  // would send the mail below as soon as a worker runs, schedule or not.
  await pool.query(`DO $$ BEGIN
    IF to_regclass('pgboss.job') IS NOT NULL THEN
      DELETE FROM pgboss.job WHERE name IN ('send-emails', '__pgboss__send-it');
    END IF; END $$`);
  await pool.query(
    `INSERT INTO email_outbox (id, to_address, subject, body) VALUES (gen_random_uuid(), $1, 'Swept', 'Body')`,
    [unannounced],
  );
  const { creatorIds } = await importCreatorRecords(pool, [
    {
      id: `stale-${Date.now().toString(36)}`,
      platform: "youtube",
      channelName: "Stale Row",
      subscribers: 20_000,
      categories: ["food"],
      region: "부산",
      videos: [{ publishedAt: "2026-11-01T00:00:00Z", views: 5_000 }],
    },
  ]);
  staleCreatorId = creatorIds[0];
  await pool.query(
    `UPDATE creator_features SET rules_version = $2, region = 'as read before'
      WHERE creator_id = $1`,
    [staleCreatorId, FEATURE_RULES_VERSION - 1],
  );
  worker = await startWorker(pool, {
    mailer: createMailer({ host: "127.0.0.1", port: catcher.smtpPort }),
    // the schedules may fire while this file runs: no video statistics from the network
    videoStats: { fetchStatistics: async () => new Map() },
    cronMonitorIntervalSeconds: 1,
  });
});
afterAll(async () => {
  await worker.stop();
  await pool.query("DELETE FROM creators WHERE id = $1", [staleCreatorId]);
  await catcher.close();
});

async function until<T>(fn: () => T | Promise<T>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("job worker", () => {
  it("fires its schedules: the minutely sweep sends a mail nobody nudged for", async () => {
    const mail = await until(async () =>
      (await catcher.messages()).find((m) => m.to[0] === unannounced),
    );
    expect(mail?.subject).toBe("Swept");
    // queued by pg-boss's cron (its send-it job, keyed by the schedule's name); no
    // nudge (keyed "outbox") was ever sent. One per minute: a run that crosses a
    // minute's end may hold two.
    const { rows } = await pool.query<{ name: string; key: string | null }>(
      `SELECT DISTINCT name, singleton_key AS key FROM pgboss.job
        WHERE singleton_key IN ('send-emails', 'outbox')`,
    );
    expect(rows).toEqual([{ name: "__pgboss__send-it", key: "send-emails" }]);
  });

  it("recomputes at start the feature rows older reading rules wrote", async () => {
    const row = await until(async () => {
      const { rows } = await pool.query(
        "SELECT region, rules_version FROM creator_features WHERE creator_id = $1",
        [staleCreatorId],
      );
      return rows[0]?.rules_version === FEATURE_RULES_VERSION ? rows[0] : null;
    });
    expect(row).toEqual({ region: "Busan", rules_version: FEATURE_RULES_VERSION });
  });

  it("sends a committed outbox mail when nudged and reports the run to admins", async () => {
    const to = `worker-${Date.now().toString(36)}@test.local`;
    await pool.query(
      `INSERT INTO email_outbox (id, to_address, subject, body) VALUES (gen_random_uuid(), $1, 'Hi', 'Body')`,
      [to],
    );
    afterWorkflowCommit();
    const mail = await until(async () => (await catcher.messages()).find((m) => m.to[0] === to));
    expect(mail?.subject).toBe("Hi");
    const admin = await createUser("ADMIN");
    const res = await jobsRoute.GET(
      await apiRequest("/api/v1/admin/jobs", { userId: admin.id }),
      routeParams({}),
    );
    const { jobs } = await res.json();
    const send = await until(async () => {
      const r = await jobsRoute.GET(
        await apiRequest("/api/v1/admin/jobs", { userId: admin.id }),
        routeParams({}),
      );
      const j = (await r.json()).jobs.find((x: { name: string }) => x.name === "send-emails");
      return j.lastRunAt ? j : null;
    });
    expect(send).toMatchObject({ name: "send-emails", everyMinutes: 1, failures24h: 0 });
    const expire = jobs.find((x: { name: string }) => x.name === "expire-matches");
    expect(expire.everyMinutes).toBe(60);
    expect(new Date(expire.nextRunAt).getUTCMinutes()).toBe(0);
    const brand = await createUser("BRAND_MANAGER");
    expect(
      (
        await jobsRoute.GET(
          await apiRequest("/api/v1/admin/jobs", { userId: brand.id }),
          routeParams({}),
        )
      ).status,
    ).toBe(403);
  });
});

describe("notifications API", () => {
  it("lists a user's own notifications with the unread count and marks them read", async () => {
    const u = await createUser("CREATOR");
    const other = await createUser("CREATOR");
    for (const [user, title] of [
      [u.id, "one"],
      [u.id, "two"],
      [other.id, "theirs"],
    ] as const) {
      await pool.query(
        `INSERT INTO notifications (id, user_id, kind, title, body) VALUES (gen_random_uuid(), $1, 'test', $2, 'b')`,
        [user, title],
      );
    }
    const list = async () =>
      (
        await notificationsRoute.GET(
          await apiRequest("/api/v1/notifications", { userId: u.id }),
          routeParams({}),
        )
      ).json();
    const before = await list();
    expect(before.unread).toBe(2);
    expect(before.items.map((i: { title: string }) => i.title).sort()).toEqual(["one", "two"]);
    const theirs = await pool.query(`SELECT id FROM notifications WHERE user_id = $1`, [other.id]);
    const mark = await readRoute.POST(
      await apiRequest("/api/v1/notifications/read", {
        method: "POST",
        userId: u.id,
        body: { ids: [before.items[0].id, theirs.rows[0].id] },
      }),
      routeParams({}),
    );
    expect(await mark.json()).toEqual({ marked: 1 });
    expect((await list()).unread).toBe(1);
    // an unknown key names itself; both or neither of ids and all is refused as such
    for (const [body, field] of [
      [{ all: true, zz: 1 }, "zz"],
      [{ all: true, ids: [before.items[1].id] }, "(root)"],
      [{}, "(root)"],
    ] as const) {
      const res = await readRoute.POST(
        await apiRequest("/api/v1/notifications/read", { method: "POST", userId: u.id, body }),
        routeParams({}),
      );
      expect(res.status).toBe(422);
      expect(Object.keys((await res.json()).error.fields)).toEqual([field]);
    }
    expect((await list()).unread).toBe(1);
  });
});
