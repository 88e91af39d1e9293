// pg-boss on the app's Postgres (schema pgboss), in two roles. The web process holds
// one handle that only enqueues (getQueue: no maintenance, no cron, a small pool). The
// job worker (scripts/jobs/worker.ts) opens its own with both on (openWorkerQueue):
// pg-boss fires the cron schedules (lib/jobs/schedules.ts) from there and expires and
// archives jobs; with several workers, pg-boss lets one of them fire each schedule.
// Either may be first to start, so both install the schema (pg-boss migrates under an
// advisory lock) and create the queues, idempotently.
import PgBoss from "pg-boss";
import { env } from "../env.ts";
import { log } from "../log.ts";
import { JOBS } from "./names.ts";

const globalForQueue = globalThis as unknown as { __boss?: Promise<PgBoss> };

export function getQueue(): Promise<PgBoss> {
  return (globalForQueue.__boss ??= openQueue({ max: 2, supervise: false, schedule: false }).catch(
    (error) => {
      globalForQueue.__boss = undefined;
      throw error;
    },
  ));
}

/**
 * The worker's handle, which runs the schedules and the queue's maintenance. The
 * caller stops it (boss.stop). `cronMonitorIntervalSeconds` is how often it looks for
 * a schedule that is due (pg-boss's default, 30 s, unless a test wants it sooner).
 */
export function openWorkerQueue(
  options: { cronMonitorIntervalSeconds?: number } = {},
): Promise<PgBoss> {
  const { cronMonitorIntervalSeconds } = options;
  return openQueue({
    max: 4,
    supervise: true,
    schedule: true,
    // pg-boss refuses the key when present and undefined
    ...(cronMonitorIntervalSeconds === undefined ? {} : { cronMonitorIntervalSeconds }),
  });
}

async function openQueue(options: PgBoss.ConstructorOptions): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, ...options });
  // pg-boss reports a failed maintenance or cron round here and tries again next round
  boss.on("error", (err) => log.warn({ err }, "job queue error"));
  await boss.start();
  await createQueues(boss);
  return boss;
}

async function createQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(JOBS)) {
    if (!(await boss.getQueue(name))) {
      await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 10, retryBackoff: true });
    }
  }
}
