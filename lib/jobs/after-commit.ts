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

let due: { completed: boolean; timer: NodeJS.Timeout } | null = null;

export function afterWorkflowCommit(opts: { completed?: boolean } = {}): void {
  if (due) {
    due.completed ||= opts.completed === true;
    return;
  }
  due = {
    completed: opts.completed === true,
    timer: setTimeout(() => void flushWorkflowNudge(), NUDGE_WINDOW_MS),
  };
}

/** Nudges on their way (their window over), which a shutdown waits for. */
const sending = new Set<Promise<void>>();

/**
 * Sends the nudge of the window now (its timer's end, or a shutdown that cannot wait),
 * and settles once every nudge already on its way is sent too.
 */
export async function flushWorkflowNudge(): Promise<void> {
  if (due) {
    const { completed, timer } = due;
    clearTimeout(timer);
    due = null;
    const nudge = sendNudge(completed);
    sending.add(nudge);
    void nudge.finally(() => sending.delete(nudge));
  }
  await Promise.all(sending);
}

async function sendNudge(completed: boolean): Promise<void> {
  const boss = await getQueue().catch((err: unknown) => {
    log.warn({ err }, "could not reach the job queue; the worker's sweep will send the e-mails");
    return null;
  });
  if (!boss) return;
  // each on its own: e-mails that could not be nudged still leave the refit's nudge
  await boss
    .send(JOBS.sendEmails, {}, { singletonKey: "outbox" })
    .catch((err: unknown) => log.warn({ err }, "could not nudge the e-mails; the sweep will"));
  if (completed) {
    await boss
      .send(JOBS.refitForecast, {}, { singletonKey: "refit" })
      .catch((err: unknown) =>
        log.warn({ err }, "could not nudge the refit; the hourly schedule will"),
      );
  }
}
