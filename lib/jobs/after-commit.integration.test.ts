// Nudges after commit on the real queue: a burst of commits shares one nudge, sent
// after the last of them; a commit after the window gets its own.
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterWorkflowCommit } from "./after-commit.ts";
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
});
