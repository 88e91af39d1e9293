// What the web process does after a workflow transaction commits: wake the worker
// (e-mails to send; a forecast refit after a completion). Only a nudge: the outbox
// rows are already committed, and the worker's minutely sweep sends anything a lost
// nudge left behind, so a failure here is logged and never fails the request.
//
// Commits that come within NUDGE_WINDOW_MS of each other share one nudge, sent at the
// end of the window, so after every commit: the worker sends every pending outbox row
// when it runs, so one nudge after a burst does what each commit's own would, for one
// queue write instead of one per request.
import { log } from "../log.ts";
import { JOBS } from "./names.ts";
import { getQueue } from "./queue.ts";

const NUDGE_WINDOW_MS = 50;

let due: { completed: boolean } | null = null;

export function afterWorkflowCommit(opts: { completed?: boolean } = {}): void {
  if (due) {
    due.completed ||= opts.completed === true;
    return;
  }
  due = { completed: opts.completed === true };
  setTimeout(() => {
    const { completed } = due!;
    due = null;
    void nudge(completed);
  }, NUDGE_WINDOW_MS);
}

async function nudge(completed: boolean): Promise<void> {
  try {
    const boss = await getQueue();
    await boss.send(JOBS.sendEmails, {}, { singletonKey: "outbox" });
    if (completed) await boss.send(JOBS.refitForecast, {}, { singletonKey: "refit" });
  } catch (err) {
    log.warn({ err }, "could not nudge the job worker; the sweep will");
  }
}
