import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readRosterStream, rosterReferenceTime, type RosterLine } from "./read-roster.ts";

async function collect(text: string): Promise<RosterLine[]> {
  const out: RosterLine[] = [];
  for await (const line of readRosterStream(Readable.from([text]))) out.push(line);
  return out;
}

describe("readRosterStream", () => {
  it("validates each line on its own and keeps line numbers", async () => {
    const lines = await collect(
      [
        '\uFEFF{"id":"a","platform":"youtube","videos":[]}',
        "",
        "{oops",
        '{"id":"b","platform":"vine"}',
        '{"id":7,"platform":"tiktok"}\r',
      ].join("\n"),
    );
    expect(lines.map((l) => [l.lineNumber, l.ok])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    const bad = lines[1];
    if (!bad.ok) expect(bad.error).toMatch(/^not valid JSON/);
    const last = lines[3];
    if (last.ok) {
      expect(last.record.id).toBe("7");
      expect(last.rawId).toBe(7);
    }
  });
});

describe("rosterReferenceTime", () => {
  const day = 86_400_000;
  it("is the newest upload, unless one date is far beyond the rest", () => {
    const t0 = Date.parse("2026-10-01T00:00:00Z");
    const normal = Array.from({ length: 200 }, (_, i) => t0 - i * day);
    expect(rosterReferenceTime(normal, new Date(0)).getTime()).toBe(t0);
    const withBogus = [...normal, t0 + 3000 * day];
    expect(rosterReferenceTime(withBogus, new Date(0)).getTime()).toBeLessThanOrEqual(t0);
    expect(rosterReferenceTime([-Infinity], new Date(5)).getTime()).toBe(5);
  });

  it("takes the newest upload of a small roster when it is not ahead of the clock", () => {
    const clock = new Date("2026-11-21T00:00:00Z");
    const latest = ["2026-09-01", "2026-10-01", "2026-11-10"].map((d) => Date.parse(d));
    expect(rosterReferenceTime(latest, clock).toISOString()).toBe("2026-11-10T00:00:00.000Z");
  });
});
