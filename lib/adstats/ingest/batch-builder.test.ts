// The import's hot path (scanAvazuLine, CopyText.rowScanned, KeyText, RollupDeltas
// .addScanned) writes bytes and typed-array keys instead of strings: it must produce
// exactly what the string path (parseAvazuLine, CopyText.row, segmentKey,
// RollupDeltas.add) does, byte for byte — segment keys decide what a re-import skips.
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS } from "../columns.ts";
import { generateAvazuLines } from "../generator/generate.ts";
import { RollupDeltas } from "../rollups/rollup-deltas.ts";
import { BatchBuilder, SEGMENT_ROWS, segmentKey } from "./batch-builder.ts";
import { CopyText } from "./copy-text.ts";
import { lineHash } from "./line-hash.ts";
import { parseAvazuLine } from "./parse-line.ts";

function sampleLines(): string[] {
  const lines = [
    ...generateAvazuLines({ rows: 3 * SEGMENT_ROWS, seed: 7, malformed: 0.02, header: false }),
  ];
  // odd values the generator never writes: non-ASCII text, upper-case and short hex,
  // negative and large small-ints, an id in integer notation, an oversized line
  const f = lines[10].split(",");
  f[5] = "sité-ä";
  f[7] = "F028772B";
  lines[10] = f.join(",");
  const g = lines[11].split(",");
  g[8] = "abc";
  g[14] = "-32768";
  g[15] = "32767";
  g[4] = "-1";
  g[0] = "10000174058809263569";
  lines[11] = g.join(",");
  lines[12] = lines[12] + ",x".repeat(MAX_LINE_CHARS);
  return lines;
}

describe("BatchBuilder", () => {
  it("writes the same COPY text, segment keys and rollup deltas as the string path", () => {
    const lines = sampleLines();
    let nextId = 100;
    const builder = new BatchBuilder("t", () => nextId++, 2);
    // as the line splitter hands them over: an oversized line cut at the limit
    lines.forEach((line, i) =>
      builder.add(line.slice(0, MAX_LINE_CHARS), i + 2, line.length > MAX_LINE_CHARS),
    );
    builder.finish();
    const batches = builder.takeReady();
    expect(batches.map((b) => b.segments.length)).toEqual([2, 1]);

    const deltas = [new RollupDeltas(), new RollupDeltas()];
    lines.forEach((line, i) => {
      const p = parseAvazuLine(line);
      if (p.ok) deltas[Math.floor(i / (2 * SEGMENT_ROWS))].add(p);
    });
    for (const [b, batch] of batches.entries()) {
      expect(batch.deltas.hourlyColumns()).toEqual(deltas[b].hourlyColumns());
      expect(batch.deltas.entityCopyText()).toEqual(deltas[b].entityCopyText());
    }

    const segments = batches.flatMap((b) => b.segments);
    let dead = 0;
    for (const [s, segment] of segments.entries()) {
      const copy = new CopyText(segment.id);
      const hashes: string[] = [];
      let row = 0;
      for (const line of lines.slice(s * SEGMENT_ROWS, (s + 1) * SEGMENT_ROWS)) {
        const oversized = line.length > MAX_LINE_CHARS;
        const p = oversized ? null : parseAvazuLine(line);
        if (p?.ok) {
          copy.row(row++, p);
          hashes.push(p.hash);
        } else {
          hashes.push((oversized ? "!" : "") + lineHash(line.slice(0, MAX_LINE_CHARS)));
          dead++;
        }
      }
      expect(segment.copyText.toString("utf8")).toBe(copy.done().toString("utf8"));
      expect(segment.key).toBe(segmentKey(hashes));
      expect(segment.validRows).toBe(row);
    }
    expect(segments.reduce((n, s) => n + s.deadLetters.length, 0)).toBe(dead);
    expect(dead).toBeGreaterThan(10);
    expect(segments[0].copyText.toString("utf8")).toContain("sité-ä");
  });
});
