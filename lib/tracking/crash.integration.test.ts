// A click whose 302 was sent is never lost, also not on a crash: a server running the
// redirect code (test/helpers/redirect-child.ts) takes a burst of new visitors, is
// killed with SIGKILL in the middle of it, and every click id the client received in a
// 302 is in the database; after a restart a repeat of a received visitor gets the same
// click id and adds no row.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { pool, prisma } from "@/lib/db/client";
import { createAcceptedMatch } from "@/test/helpers/tracking-fixtures";

const UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36";
const children: ChildProcess[] = [];
const CHILD_APP = "redirect-crash-child";

/**
 * A killed server's Postgres backends finish the statement they are in (a COMMIT sent
 * just before the kill) before they notice the client is gone: until they have ended,
 * a read may miss a click that commits a moment later.
 */
async function untilChildBackendsEnd() {
  const end = Date.now() + 10_000;
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1",
      [CHILD_APP],
    );
    if (rows[0].n === 0) return;
    if (Date.now() > end) throw new Error("the killed server's backends did not end");
    await new Promise((r) => setTimeout(r, 50));
  }
}

function startChild(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/redirect-child.ts"], {
    // named in pg_stat_activity, so that the test can wait for its connections to end
    env: { ...process.env, LOG_LEVEL: "silent", PGAPPNAME: CHILD_APP },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /port (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once("exit", (code) => reject(new Error(`child exited with ${code} before listening`)));
  });
}

/** One GET without a pooled socket; resolves with status and Location, or the error. */
function get(port: number, path: string, ip: string) {
  return new Promise<{ status: number; location: string | null } | { error: string }>((resolve) => {
    const req = http.get(
      {
        host: "127.0.0.1",
        port,
        path,
        agent: false,
        headers: { "user-agent": UA, "x-forwarded-for": ip },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode!, location: res.headers.location ?? null }),
        );
        res.on("error", (e) => resolve({ error: e.message }));
      },
    );
    req.on("error", (e) => resolve({ error: e.message }));
  });
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
});

describe("redirect durability", () => {
  it("keeps every click whose 302 left, when the server is SIGKILLed mid-burst", async () => {
    const { matchId } = await createAcceptedMatch();
    const link = await prisma.trackingLink.findFirstOrThrow({ where: { matchId } });
    const { child, port } = await startChild();

    const received: string[] = [];
    let failed = 0;
    let sent = 0;
    let killed = false;
    const TOTAL = 4_000;
    // 50 requests in flight, each a new visitor; the kill comes after 300 answers.
    const worker = async () => {
      while (sent < TOTAL) {
        const ip = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
        sent++;
        const r = await get(port, `/r/${link.code}`, ip);
        if ("error" in r || r.status !== 302) {
          failed++;
          if (killed) return;
          continue;
        }
        received.push(new URL(r.location!).searchParams.get("cm_click")!);
        if (received.length === 300 && !killed) {
          killed = true;
          child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    expect(killed).toBe(true);
    // The kill really cut requests off in flight.
    expect(failed).toBeGreaterThan(0);
    expect(received.length).toBeGreaterThanOrEqual(300);

    await untilChildBackendsEnd();
    const { rows } = await pool.query<{ click_id: string }>(
      `SELECT click_id FROM clicks WHERE link_id = $1`,
      [link.id],
    );
    const stored = new Set(rows.map((r) => r.click_id));
    expect(received.filter((id) => !stored.has(id))).toEqual([]);
    // Committed but not answered is allowed (the kill fell between the two), never the reverse.
    expect(stored.size).toBeGreaterThanOrEqual(received.length);

    // Restarted: the first visitor's repeat gets its stored id back, no new row.
    const restarted = await startChild();
    const repeat = await get(restarted.port, `/r/${link.code}`, "10.0.0.0");
    expect(repeat).toMatchObject({ status: 302 });
    expect(received).toContain(
      new URL((repeat as { location: string }).location).searchParams.get("cm_click"),
    );
    const after = await pool.query(`SELECT count(*)::int AS n FROM clicks WHERE link_id = $1`, [
      link.id,
    ]);
    expect(after.rows[0].n).toBe(stored.size);
  }, 60_000);
});
