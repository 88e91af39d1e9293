// What the web process does after a workflow transaction commits: wake the worker
// (e-mails to send; a forecast refit after a completion). Only a nudge: the outbox
// rows are already committed, and the worker's minutely sweep sends anything a lost
// nudge left behind, so a failure here is logged and never fails the request.
import { log } from "../log.ts";
import { JOBS } from "./names.ts";
import { getQueue } from "./queue.ts";

export function afterWorkflowCommit(opts: { completed?: boolean } = {}): void {
  void (async () => {
    const boss = await getQueue();
    await boss.send(JOBS.sendEmails, {}, { singletonKey: "outbox" });
    if (opts.completed) await boss.send(JOBS.refitForecast, {}, { singletonKey: "refit" });
  })().catch((err) => log.warn({ err }, "could not nudge the job worker; the sweep will"));
}
