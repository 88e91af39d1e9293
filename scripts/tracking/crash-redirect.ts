// npm run crash:redirect -- [--kill-after 500] [--connections 50] [--port 3190]
// The production server (next build + next start) is killed with SIGKILL in the middle
// of a click burst; after a restart, every click id the client received in a 302 must be
// a stored click. Each request is a new visitor (X-Forwarded-For) on one of 20 links,
// `--connections` at a time; the kill comes after `--kill-after` 302s. Then the restarted
// server must give a received visitor's repeat the same click id without a new row.
// Exit 0 when nothing received is missing. Last line: one JSON object.
import { parseArgs } from "node:util";
import pg from "pg";
import { runScript } from "../lib/run-script.ts";
import { buildIfStale, StackResources, startNext } from "../lib/stack.ts";
import { seedBenchLinks, visitorHeaders } from "./bench-data.ts";
import { startDurablePostgres } from "./durable-postgres.ts";

const { values } = parseArgs({
  options: {
    "kill-after": { type: "string", default: "500" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: process.env.E2E_PORT ?? "3190" },
  },
});
const KILL_AFTER = Number(values["kill-after"]);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
for (const [name, n] of Object.entries({ KILL_AFTER, CONNECTIONS, PORT })) {
  if (!Number.isInteger(n) || n < 1 || n > 65_535) throw new Error(`bad --${name.toLowerCase()}`);
}

const clickIdOf = (location: string) => new URL(location).searchParams.get("cm_click")!;

async function main(): Promise<number> {
  const db = await startDurablePostgres(PORT + 5, "crash_redirect");
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  let resources = new StackResources();
  try {
    const { links } = await seedBenchLinks(pool, { links: 20, matches: 10 });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: "crash-redirect-secret-0123456789",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    await buildIfStale({ ...env, NODE_ENV: "production" });
    const first = await startNext("production", PORT, env, resources, "ignore");

    const received: { visitor: number; link: number; clickId: string }[] = [];
    let next = 0;
    let failed = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const visitor = next++;
        const link = visitor % links.length;
        try {
          const res = await fetch(`${first.url}/r/${links[link].code}`, {
            redirect: "manual",
            headers: visitorHeaders(visitor),
          });
          if (res.status === 302) {
            received.push({ visitor, link, clickId: clickIdOf(res.headers.get("location")!) });
          } else failed++;
        } catch {
          failed++;
          if (killed) return;
        }
        if (!killed && received.length >= KILL_AFTER) {
          killed = true;
          process.kill(first.pid, "SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    await first.exited;
    console.log(`SIGKILL after ${received.length} 302s; ${failed} requests cut off or refused`);

    const stored = new Set(
      (await pool.query<{ click_id: string }>("SELECT click_id FROM clicks")).rows.map(
        (r) => r.click_id,
      ),
    );
    const missing = received.filter((r) => !stored.has(r.clickId)).length;

    // Restarted: a received visitor's repeat gets its stored id back and adds no row.
    resources = new StackResources();
    const second = await startNext("production", PORT, env, resources, "ignore");
    const probe = received[0];
    const again = await fetch(`${second.url}/r/${links[probe.link].code}`, {
      redirect: "manual",
      headers: visitorHeaders(probe.visitor),
    });
    const sameId =
      again.status === 302 && clickIdOf(again.headers.get("location")!) === probe.clickId;
    const after = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM clicks")).rows[0]
      .n;

    console.log(
      `received ${received.length}, stored ${stored.size} (committed but not answered: ` +
        `${stored.size - (received.length - missing)}), missing ${missing}; ` +
        `after restart a repeat ${sameId ? "got the same click id" : "did NOT get its click id"}, ` +
        `rows ${after === stored.size ? "unchanged" : `changed to ${after}`}`,
    );
    const ok = missing === 0 && sameId && after === stored.size;
    console.log(
      JSON.stringify({
        received: received.length,
        stored: stored.size,
        missing,
        cutOff: failed,
        repeatSameClickId: sameId,
        ok,
      }),
    );
    return ok ? 0 : 1;
  } finally {
    await resources.stopAll();
    await pool.end();
    await db.stop();
  }
}

runScript(main);
