// Nudges after commit on the real queue: a burst of commits shares one nudge, sent
// after the last of them; a commit after the window gets its own; a shutdown sends the
// pending one at once; an e-mail nudge that fails still leaves the refit's.
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterWorkflowCommit, flushWorkflowNudge } from "./after-commit.ts";
import { JOBS } from "./names.ts";
import { getQueue } from "./queue.ts";

const settle = () => new Promise((r) => setTimeout(r, 300));

describe("afterWorkflowCommit", () => {
  afterEach(() => vi.restoreAllMocks());

  it("sends one nudge for a burst of commits, with a refit when any of them completed a match", async () => {
    const boss = await getQueue();
    const send = vi.spyOn(boss, "send");
    for (let i = 0; i < 20; i++) afterWorkflowCommit({ completed: i === 7 });
    expect(send).not.toHaveBeenCalled(); // not before the window closes
    await settle();
    expect(send.mock.calls.map((c) => c[0])).toEqual([JOBS.sendEmails, JOBS.refitForecast]);

    afterWorkflowCommit();
    await settle();
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      JOBS.sendEmails,
      JOBS.refitForecast,
      JOBS.sendEmails,
    ]);
  });
  it("sends the pending nudge at once when flushed (shutdown), and only once", async () => {
    const boss = await getQueue();
    const send = vi.spyOn(boss, "send");
    afterWorkflowCommit({ completed: true });
    await flushWorkflowNudge();
    expect(send.mock.calls.map((c) => c[0])).toEqual([JOBS.sendEmails, JOBS.refitForecast]);
    await settle(); // the window's timer was cleared: nothing more
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("waits at shutdown for a nudge already on its way", async () => {
    const boss = await getQueue();
    let sent = 0;
    vi.spyOn(boss, "send").mockImplementation(
      () => new Promise((resolve) => setTimeout(() => resolve(String(++sent)), 200)),
    );
    afterWorkflowCommit();
    await new Promise((r) => setTimeout(r, 100)); // the window is over, the send under way
    expect(sent).toBe(0);
    await flushWorkflowNudge();
    expect(sent).toBe(1);
  });

  it("still nudges the refit when the e-mail nudge fails", async () => {
    const boss = await getQueue();
    const send = vi.spyOn(boss, "send");
    send.mockImplementationOnce(() => Promise.reject(new Error("queue write failed")));
    afterWorkflowCommit({ completed: true });
    await flushWorkflowNudge();
    expect(send.mock.calls.map((c) => c[0])).toEqual([JOBS.sendEmails, JOBS.refitForecast]);
  });
});
