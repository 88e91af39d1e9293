import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readRosterStream, type RosterLine } from "./read-roster.ts";

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
