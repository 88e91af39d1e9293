// Turns lines into batches of segments as they arrive (parse + check per line, so the
// event loop is never held for more than a chunk). A segment is SEGMENT_ROWS
// consecutive data rows (valid or not; the header and blank lines are not rows) and
// its key is a 64-bit hash of its lines' hashes: the same rows give the same key
// whatever the file is called, its line breaks (CRLF), compression, chunking or the
// batch size. The key is what makes an import exactly-once (claim-segments.ts). Rows
// are stored under the segment's id (adstats_events.segment_id), drawn from a block
// reserved for the run (segment-ids.ts), so COPY rows can be written as lines arrive.
import { createHash } from "node:crypto";
import { MAX_LINE_CHARS } from "../columns.ts";
import { CopyText } from "./copy-text.ts";
import { isoDay } from "../hour.ts";
import { lineHash } from "./line-hash.ts";
import { parseAvazuLine, type ParsedLine } from "./parse-line.ts";
import { RollupDeltas } from "../rollups/rollup-deltas.ts";

export const SEGMENT_ROWS = 1_000;

export type DeadLetter = { source: string; lineNo: number; raw: string; reason: string };

// A closed segment is two objects (its COPY text and its dead letters), not a dozen
// small strings per row: a batch lives long enough for the garbage collector to move
// what it holds to the old generation, which cost a quarter of the import's time
// while every row's strings were kept apart.
export type Segment = {
  /** 64-bit signed content key, as decimal text (adstats_import_segments.key). */
  key: string;
  /** adstats_events.segment_id of its rows. */
  id: number;
  firstLine: number;
  /** Data rows read (valid + dead-lettered). */
  rowsRead: number;
  /** Valid rows: the lines of copyText. */
  validRows: number;
  /** adstats_events COPY text of the valid rows (write-batch.ts), in file order. */
  copyText: Buffer;
  deadLetters: DeadLetter[];
};

export type Batch = {
  segments: Segment[];
  /** The rollup deltas of all the batch's segments. */
  deltas: RollupDeltas;
  /** UTC days ("YYYY-MM-DD") the valid rows fall on, and the hours' range (epoch s). */
  days: Set<string>;
  firstHour: number;
  lastHour: number;
};

export function segmentKey(lineHashes: string[]): string {
  return createHash("sha256").update(lineHashes.join("\n")).digest().readBigInt64BE(0).toString();
}

function cleanRaw(line: string): string {
  // Postgres text cannot hold NUL
  return line.replaceAll("\0", "\uFFFD");
}

type Open = {
  id: number;
  firstLine: number;
  rowsRead: number;
  validRows: number;
  copy: CopyText;
  hashes: string[];
  deadLetters: DeadLetter[];
};

const openSegment = (id: number): Open => ({
  id,
  firstLine: 0,
  rowsRead: 0,
  validRows: 0,
  copy: new CopyText(id),
  hashes: [],
  deadLetters: [],
});

const emptyBatch = (): Batch => ({
  segments: [],
  deltas: new RollupDeltas(),
  days: new Set(),
  firstHour: Infinity,
  lastHour: -Infinity,
});

export class BatchBuilder {
  private batch = emptyBatch();
  private seg: Open;
  private lastDayEpoch = -1;
  private readonly ready: Batch[] = [];

  constructor(
    private readonly source: string,
    private readonly segmentIds: () => number,
    private readonly segmentsPerBatch = 50,
  ) {
    this.seg = openSegment(segmentIds());
  }

  /** Parses and checks one data line and adds it to the open segment. */
  add(line: string, lineNo: number, oversized: boolean): ParsedLine {
    const seg = this.seg;
    if (seg.rowsRead === 0) seg.firstLine = lineNo;
    seg.rowsRead++;
    const parsed = oversized
      ? ({ ok: false, reason: `line longer than ${MAX_LINE_CHARS} characters` } as const)
      : parseAvazuLine(line);
    if (parsed.ok) {
      seg.copy.row(seg.validRows++, parsed);
      seg.hashes.push(parsed.hash);
      const b = this.batch;
      b.deltas.add(parsed);
      if (parsed.epochHour < b.firstHour) b.firstHour = parsed.epochHour;
      if (parsed.epochHour > b.lastHour) b.lastHour = parsed.epochHour;
      // rows arrive mostly in time order: only a new day costs a date computation
      const dayEpoch = parsed.epochHour - (parsed.epochHour % 86_400);
      if (dayEpoch !== this.lastDayEpoch) {
        b.days.add(isoDay(dayEpoch));
        this.lastDayEpoch = dayEpoch;
      }
    } else {
      seg.hashes.push((oversized ? "!" : "") + lineHash(line));
      seg.deadLetters.push({
        source: this.source,
        lineNo,
        raw: cleanRaw(line),
        reason: parsed.reason,
      });
    }
    if (seg.rowsRead >= SEGMENT_ROWS) this.closeSegment();
    return parsed;
  }

  /** Ends the open segment; a batch with segmentsPerBatch segments is ready. */
  private closeSegment(): void {
    const seg = this.seg;
    if (seg.rowsRead === 0) return;
    this.batch.segments.push({
      key: segmentKey(seg.hashes),
      id: seg.id,
      firstLine: seg.firstLine,
      rowsRead: seg.rowsRead,
      validRows: seg.validRows,
      copyText: seg.copy.done(),
      deadLetters: seg.deadLetters,
    });
    this.seg = openSegment(this.segmentIds());
    if (this.batch.segments.length >= this.segmentsPerBatch) this.endBatch();
  }

  /** At the end of the input: the last segment and batch, however short. */
  finish(): void {
    this.closeSegment();
    if (this.batch.segments.length > 0) this.endBatch();
  }

  /** Batches completed since the last call. */
  takeReady(): Batch[] {
    return this.ready.splice(0);
  }

  private endBatch(): void {
    this.ready.push(this.batch);
    this.batch = emptyBatch();
    this.lastDayEpoch = -1;
  }
}
