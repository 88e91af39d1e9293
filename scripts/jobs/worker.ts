// npm run worker — the job worker on DATABASE_URL (npm start and the e2e stack start
// it for you). Stops cleanly on Ctrl-C / SIGTERM, letting running jobs finish.
import { pool } from "../../lib/db/client.ts";
import { startWorker } from "../../lib/jobs/start-worker.ts";
import { SCHEDULES } from "../../lib/jobs/schedules.ts";

const worker = await startWorker(pool);
console.log(
  `[worker] running: ${SCHEDULES.map((s) => `${s.name} every ${s.everyMinutes} min`).join(", ")}; e-mails and refits on demand`,
);
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  });
}
