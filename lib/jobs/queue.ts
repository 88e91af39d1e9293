// The one pg-boss handle of a process, on the app's Postgres (schema pgboss). The web
// process only enqueues (no maintenance, no cron); the worker (scripts/jobs/worker.ts)
// runs the jobs. Either may be first to start, so both install the schema (pg-boss
// migrates under an advisory lock) and create the queues, idempotently.
import PgBoss from "pg-boss";
import { env } from "../env.ts";
import { JOBS } from "./names.ts";

const globalForQueue = globalThis as unknown as { __boss?: Promise<PgBoss> };

export function getQueue(): Promise<PgBoss> {
  return (globalForQueue.__boss ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      max: 2,
      supervise: false,
      schedule: false,
    });
    boss.on("error", () => undefined);
    await boss.start();
    await createQueues(boss);
    return boss;
  })().catch((error) => {
    globalForQueue.__boss = undefined;
    throw error;
  }));
}

/** Creates the queues (idempotent); the worker calls it at start-up. */
export async function createQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(JOBS)) {
    if (!(await boss.getQueue(name))) {
      await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 10, retryBackoff: true });
    }
  }
}
