import { describe, expect, it } from "vitest";
import { Admission } from "./admission.ts";

const later = () => {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
};

describe("Admission", () => {
  it("runs at most `limit` at once and hands slots on in order", async () => {
    const admission = new Admission(2, 10, 1000);
    const gates = [later(), later(), later()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      admission.run(async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(admission.stats()).toEqual({ active: 2, waiting: 1, limit: 2 });
    gates[0].release();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[1].release();
    gates[2].release();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(admission.stats()).toEqual({ active: 0, waiting: 0, limit: 2 });
  });

  it("refuses with a retryable 503 when the line is full or the wait too long", async () => {
    const admission = new Admission(1, 1, 20);
    const gate = later();
    const first = admission.run(() => gate.done);
    const timedOut = admission.run(async () => "never");
    const full = admission.run(async () => "never");
    await expect(full).rejects.toMatchObject({ code: "unavailable", retryAfter: 2 });
    await expect(timedOut).rejects.toMatchObject({ code: "unavailable" });
    gate.release();
    await first;
    expect(admission.stats()).toEqual({ active: 0, waiting: 0, limit: 1 });
  });
});
