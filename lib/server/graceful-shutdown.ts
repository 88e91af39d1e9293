// What happens on SIGTERM. Next's own handler (next start) stops accepting connections,
// lets the requests in flight finish, then calls process.exit. We add what it does not
// know about: readiness turns 503 at once (so a load balancer stops sending traffic),
// and before the process exits the ranking workers drain, the job worker gets the last
// commits' nudge and the Postgres pool closes.
// That exit is deferred by wrapping process.exit once, bounded by a deadline so that a
// stuck resource can never keep a stopping server alive.
import { pool } from "../db/client.ts";
import { flushWorkflowNudge } from "../jobs/after-commit.ts";
import { log } from "../log.ts";
import { closeRankPool } from "../matching/rank-pool/rank-in-pool.ts";
import { markDraining } from "./readiness.ts";

const CLOSE_DEADLINE_MS = 10_000;
const globalForShutdown = globalThis as unknown as { __gracefulShutdown?: boolean };

export function installGracefulShutdown(): void {
  if (globalForShutdown.__gracefulShutdown) return;
  globalForShutdown.__gracefulShutdown = true;

  let closing: Promise<void> | null = null;
  const closeResources = () =>
    (closing ??= (async () => {
      const started = performance.now();
      await Promise.race([
        Promise.allSettled([
          closeRankPool(),
          // the last commits' nudge to the job worker goes out before the pool closes
          flushWorkflowNudge().then(() => pool.end()),
        ]),
        new Promise((resolve) => setTimeout(resolve, CLOSE_DEADLINE_MS).unref()),
      ]);
      log.info({ ms: Math.round(performance.now() - started) }, "workers drained, database closed");
    })());

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      log.info({ signal }, "shutting down: not ready, finishing requests in flight");
      markDraining();
      const exit = process.exit.bind(process);
      process.exit = ((code?: number) => {
        void closeResources().finally(() => exit(code));
      }) as typeof process.exit;
    });
  }
}
