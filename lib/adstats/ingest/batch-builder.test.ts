// The import's hot path (scanAvazuLine, CopyRows.commitScanned, KeyText, RollupDeltas
// .addScanned) writes bytes and typed-array keys instead of strings: its segment keys
// and rollups must be exactly the string path's (parseAvazuLine, lineHash, segmentKey,
// RollupDeltas.add) — segment keys decide what a re-import skips — and its binary COPY
// rows, decoded here independently, must be the line's fields.
import { describe, expect, it } from "vitest";
import { AVAZU_COLUMNS, MAX_LINE_CHARS } from "../columns.ts";
import { generateAvazuLines } from "../generator/generate.ts";
import { RollupDeltas } from "../rollups/rollup-deltas.ts";
import { BatchBuilder, SEGMENT_ROWS, segmentKey } from "./batch-builder.ts";
import { COLUMN_KIND } from "../columns.ts";
import { lineHash } from "./line-hash.ts";
import { parseAvazuLine } from "./parse-line.ts";

/** Binary COPY rows (no header or trailer) as their fields' bytes (null: NULL). */
function decodeRows(buf: Buffer): (Buffer | null)[][] {
  const rows: (Buffer | null)[][] = [];
  let at = 0;
  while (at < buf.length) {
    const n = buf.readInt16BE(at);
    at += 2;
    const fields: (Buffer | null)[] = [];
    for (let k = 0; k < n; k++) {
      const len = buf.readInt32BE(at);
      fields.push(len < 0 ? null : buf.subarray(at + 4, at + 4 + len));
      at += 4 + Math.max(len, 0);
    }
    rows.push(fields);
  }
  return rows;
}

const HEX8 = /^[0-9a-f]{8}$/;

/** What adstats_events should hold for a valid line, as text, in EVENT_COPY_COLUMNS
 *  order but odd_ids; decoded: the same from a binary row, a text field read from its
 *  integer or from odd_ids (jsonb: a version byte, then JSON), one of the two. */
function expectedFields(line: string, segmentId: number, rowNo: number): string[] {
  const f = line.split(",");
  const [yy, mm, dd, hh] = [0, 2, 4, 6].map((i) => Number(f[2].slice(i, i + 2)));
  const hour = new Date(Date.UTC(2000 + yy, mm - 1, dd, hh)).toISOString();
  return [f[0], f[1], hour, ...f.slice(3), String(segmentId), String(rowNo), lineHash(line)];
}
function decoded(row: (Buffer | null)[]): string[] {
  const kinds = ["text", "small", "hour", ...COLUMN_KIND.slice(3), "bigint", "int", "bigint"];
  const oddIds = row.at(-1) ?? null;
  if (oddIds !== null && oddIds[0] !== 1) throw new Error("odd_ids: not jsonb version 1");
  const odd = oddIds === null ? {} : (JSON.parse(oddIds.subarray(1).toString("utf8")) as object);
  const oddText = new Map(Object.entries(odd));
  if (oddIds !== null && oddText.size === 0) throw new Error("odd_ids written empty");
  return row.slice(0, -1).map((b, i) => {
    const kind = kinds[i];
    if (kind === "text" && i >= 3) {
      const name = AVAZU_COLUMNS[i];
      if (b === null) {
        const text = oddText.get(name);
        if (typeof text !== "string" || HEX8.test(text)) throw new Error(`${name}: ${text}`);
        return text;
      }
      if (oddText.has(name)) throw new Error(`${name} both an integer and in odd_ids`);
      return (b.readInt32BE(0) >>> 0).toString(16).padStart(8, "0");
    }
    if (b === null) throw new Error(`NULL in ${kind} field ${i}`);
    if (kind === "small") return String(b.readInt16BE(0));
    if (kind === "int") return String(b.readInt32BE(0));
    if (kind === "bigint") return String(b.readBigInt64BE(0));
    if (kind === "hour") {
      // microseconds since 2000-01-01 UTC
      const ms = Number(b.readBigInt64BE(0) / 1000n) + Date.UTC(2000, 0, 1);
      return new Date(ms).toISOString();
    }
    return b.toString("utf8");
  });
}

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
  it("writes each line's fields as COPY rows, and the string path's segment keys and rollup deltas", () => {
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
      expect(batch.deltas.entityCopy()).toEqual(deltas[b].entityCopy());
    }

    const segments = batches.flatMap((b) => b.segments);
    let dead = 0;
    for (const [s, segment] of segments.entries()) {
      const expected: string[][] = [];
      const hashes: string[] = [];
      let row = 0;
      for (const line of lines.slice(s * SEGMENT_ROWS, (s + 1) * SEGMENT_ROWS)) {
        const oversized = line.length > MAX_LINE_CHARS;
        const p = oversized ? null : parseAvazuLine(line);
        if (p?.ok) {
          expected.push(expectedFields(line, segment.id, row++));
          hashes.push(p.hash);
        } else {
          hashes.push((oversized ? "!" : "") + lineHash(line.slice(0, MAX_LINE_CHARS)));
          dead++;
        }
      }
      expect(decodeRows(segment.copyRows).map(decoded)).toEqual(expected);
      expect(segment.key).toBe(segmentKey(hashes));
      expect(segment.validRows).toBe(row);
    }
    expect(segments.reduce((n, s) => n + s.deadLetters.length, 0)).toBe(dead);
    expect(dead).toBeGreaterThan(10);
    const stored = segments.flatMap((s) => decodeRows(s.copyRows).map(decoded));
    expect(stored.flat()).toEqual(expect.arrayContaining(["sité-ä", "F028772B", "abc"]));
    // the usual row: every text field an integer, no odd_ids
    expect(decodeRows(segments[0].copyRows)[0].at(-1)).toBeNull();
  });

  it("reads a line's bytes as the string path reads its text, whatever the bytes", () => {
    const lines = sampleLines().map((l) => Buffer.from(l));
    // bytes that are not UTF-8, a NUL, DEL, a byte-order mark inside a field
    const withBytes = (i: number, field: number, bytes: number[]) => {
      const f = lines[i].toString("latin1").split(",");
      const at = f.slice(0, field).join(",").length + 1;
      lines[i] = Buffer.concat([
        lines[i].subarray(0, at),
        Buffer.from(bytes),
        lines[i].subarray(at),
      ]);
    };
    withBytes(20, 6, [0xff, 0xfe]);
    withBytes(21, 6, [0]);
    withBytes(22, 6, [0x7f]);
    withBytes(23, 0, [0xef, 0xbb, 0xbf]);
    withBytes(24, 7, [0xe2, 0x82]);
    const build = (add: (b: BatchBuilder, line: Buffer, lineNo: number) => void) => {
      let nextId = 100;
      const builder = new BatchBuilder("t", () => nextId++, 2);
      lines.forEach((line, i) => add(builder, line, i + 2));
      builder.finish();
      return builder.takeReady().map((b) => ({
        segments: b.segments.map((s) => ({ ...s, copyRows: s.copyRows.toString("hex") })),
        hourly: b.deltas.hourlyColumns(),
        entity: b.deltas.entityCopy(),
        days: [...b.days],
      }));
    };
    const asText = build((b, line, n) => {
      const text = line.toString("utf8");
      b.add(text.slice(0, MAX_LINE_CHARS), n, text.length > MAX_LINE_CHARS);
    });
    const asBytes = build((b, line, n) => {
      if (line.length <= MAX_LINE_CHARS) b.addBytes(line, 0, line.length, n);
      else b.add(line.toString("utf8").slice(0, MAX_LINE_CHARS), n, true);
    });
    expect(asBytes).toEqual(asText);
    const reasons = asBytes[0].segments.flatMap((s) =>
      s.deadLetters.map((d) => d.lineNo + d.reason),
    );
    expect(reasons).toEqual(
      expect.arrayContaining([
        "22line contains bytes that are not UTF-8 (or a NUL byte)",
        "23line contains control character 0",
        "24line contains control character 127",
        expect.stringMatching(/^25id must be an integer or a float/),
        "26line contains bytes that are not UTF-8 (or a NUL byte)",
      ]),
    );
  });
});
