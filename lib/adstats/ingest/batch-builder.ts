// Turns lines into batches of segments as they arrive (parse + check per line, so the
// event loop is never held for more than a chunk). A segment is SEGMENT_ROWS
// consecutive data rows (valid or not; the header and blank lines are not rows) and
// its key is a 64-bit hash of its lines' hashes: the same rows give the same key
// whatever the file is called, its line breaks (CRLF), compression, chunking or the
// batch size. The key is what makes an import exactly-once (claim-segments.ts). Rows
// are stored under the segment's id (adstats_events.segment_id), drawn from a block
// reserved for the run (segment-ids.ts), so COPY rows can be written as lines arrive.
// A segment that starts where a stored one ended short (the old end of a file that has
// grown since) also keeps the key of its first rows as long as that one (a Prefix), so
// the rows stored then are not written again (seams.ts).
import { createHash } from "node:crypto";
import { MAX_LINE_CHARS } from "../columns.ts";
import { CopyBufferPool, CopyRows } from "./copy-rows.ts";
import { isoDay } from "../hour.ts";
import { lineHash, writeHash } from "./line-hash.ts";
import { NOT_ASCII, scanAvazuBytes, scanAvazuLine, scanned, scannedField } from "./parse-line.ts";
import { RollupDeltas } from "../rollups/rollup-deltas.ts";

export const SEGMENT_ROWS = 1_000;

export type DeadLetter = { source: string; lineNo: number; raw: string; reason: string };

// A closed segment is two objects (its COPY rows and its dead letters), not a dozen
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
  /** Valid rows: the lines of copyRows. */
  validRows: number;
  /** adstats_events binary COPY rows of the valid rows (copy-rows.ts), in file order. */
  copyRows: Buffer;
  /** The UTC day ("YYYY-MM-DD") of every valid row, when they share one (then they are
   *  written to that day's partition directly: write-batch.ts). */
  day: string | null;
  deadLetters: DeadLetter[];
  /** Keys of its first rows, where a stored short segment started on the same line. */
  prefixes?: Prefix[];
};

/** The first `rows` rows of a segment: their key, and where the rows after them start. */
export type Prefix = {
  rows: number;
  key: string;
  copyBytes: number;
  validRows: number;
  deadLetters: number;
};

export type Batch = {
  segments: Segment[];
  /** The rollup deltas of all the batch's segments. */
  deltas: RollupDeltas;
  /** UTC days ("YYYY-MM-DD") the valid rows fall on. */
  days: Set<string>;
};

export function segmentKey(lineHashes: string[]): string {
  return createHash("sha256").update(lineHashes.join("\n")).digest().readBigInt64BE(0).toString();
}

/** segmentKey's input written as the rows come (no string per row): the line hashes'
 *  digits, one per line. One per builder, emptied by each digest. */
export class KeyText {
  // a line hash is at most "!" and 19 digits, and a line break
  private readonly buf = Buffer.allocUnsafe(24 * SEGMENT_ROWS);
  private at = 0;

  /** The line hash of the lanes (line-hash.ts) the scan left in `scanned`. */
  addScanned(): void {
    if (this.at > 0) this.buf[this.at++] = 10;
    this.at = writeHash(this.buf, this.at, scanned.laneA, scanned.laneB, scanned.length);
  }

  addText(hash: string): void {
    if (this.at > 0) this.buf[this.at++] = 10;
    this.at += this.buf.write(hash, this.at, "latin1");
  }

  /** segmentKey of the hashes added since the last digest. */
  digest(): string {
    const key = this.peek();
    this.at = 0;
    return key;
  }

  /** segmentKey of the hashes added so far, which keep adding up. */
  peek(): string {
    const h = createHash("sha256").update(this.buf.subarray(0, this.at));
    return h.digest().readBigInt64BE(0).toString();
  }
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
  copy: CopyRows;
  /** the day of its valid rows (epoch s): -1 before the first, -2 once they differ */
  dayEpoch: number;
  deadLetters: DeadLetter[];
  /** row counts of stored short segments that started on this one's first line */
  prefixAt: readonly number[] | undefined;
  prefixes: Prefix[];
};

const emptyBatch = (): Batch => ({
  segments: [],
  deltas: new RollupDeltas(),
  days: new Set(),
});

export class BatchBuilder {
  private batch = emptyBatch();
  private seg: Open;
  private lastDayEpoch = -1;
  private readonly ready: Batch[] = [];
  private readonly key = new KeyText();
  private readonly buffers = new CopyBufferPool();

  constructor(
    private readonly source: string,
    private readonly segmentIds: () => number,
    private readonly segmentsPerBatch = 50,
    /** stored short segments: first line → their row counts (seams.ts) */
    private readonly shortSegments: ReadonlyMap<number, readonly number[]> = new Map(),
  ) {
    this.seg = this.openSegment();
  }

  /** Hands a batch's COPY buffers back for new segments: call once it is written (or
   *  given up), when nothing reads its segments' copyRows any more. */
  recycle(batch: Pick<Batch, "segments">): void {
    for (const s of batch.segments) this.buffers.give(s.copyRows);
  }

  private openSegment(): Open {
    const id = this.segmentIds();
    const copy = new CopyRows(id, this.buffers);
    return {
      id,
      firstLine: 0,
      rowsRead: 0,
      validRows: 0,
      copy,
      dayEpoch: -1,
      deadLetters: [],
      prefixAt: undefined,
      prefixes: [],
    };
  }

  /**
   * Parses and checks one data line and adds it to the open segment. Returns its click
   * (0 or 1) when valid, -1 when dead-lettered.
   */
  add(line: string, lineNo: number, oversized: boolean): number {
    const seg = this.startRow(lineNo);
    const reason = oversized
      ? `line longer than ${MAX_LINE_CHARS} characters`
      : scanAvazuLine(line);
    if (reason === null) return this.addValid(seg);
    return this.addDead(seg, line, lineNo, reason, oversized);
  }

  /**
   * The same for the line in bytes [from, to) of `bytes` (no line break; at most
   * MAX_LINE_CHARS bytes, so never oversized), read where it lies. A line that is not
   * ASCII is decoded and added as a string.
   */
  addBytes(bytes: Buffer, from: number, to: number, lineNo: number): number {
    const reason = scanAvazuBytes(bytes, from, to);
    if (reason === NOT_ASCII) return this.add(bytes.toString("utf8", from, to), lineNo, false);
    const seg = this.startRow(lineNo);
    if (reason === null) return this.addValid(seg);
    return this.addDead(seg, bytes.toString("latin1", from, to), lineNo, reason, false);
  }

  private startRow(lineNo: number): Open {
    const seg = this.seg;
    if (seg.rowsRead === 0) {
      seg.firstLine = lineNo;
      seg.prefixAt = this.shortSegments.get(lineNo);
    }
    seg.rowsRead++;
    return seg;
  }

  /** The row just scanned (its parts in `scanned`); its click. */
  private addValid(seg: Open): number {
    const { epochHour, click } = scanned;
    seg.copy.commitScanned(seg.validRows++);
    this.key.addScanned();
    const b = this.batch;
    b.deltas.addScanned(scanned, scannedField);
    // rows arrive mostly in time order: only a new day costs a date computation
    const dayEpoch = epochHour - (epochHour % 86_400);
    if (dayEpoch !== this.lastDayEpoch) {
      b.days.add(isoDay(dayEpoch));
      this.lastDayEpoch = dayEpoch;
    }
    if (seg.dayEpoch !== dayEpoch) seg.dayEpoch = seg.dayEpoch === -1 ? dayEpoch : -2;
    this.endRow(seg);
    return click;
  }

  private addDead(
    seg: Open,
    line: string,
    lineNo: number,
    reason: string,
    oversized: boolean,
  ): number {
    this.key.addText((oversized ? "!" : "") + lineHash(line));
    seg.deadLetters.push({ source: this.source, lineNo, raw: cleanRaw(line), reason });
    this.endRow(seg);
    return -1;
  }

  private endRow(seg: Open): void {
    if (seg.prefixAt !== undefined) this.keepPrefix(seg);
    if (seg.rowsRead >= SEGMENT_ROWS) this.closeSegment();
  }

  /** At a stored short segment's length: the key of the rows so far, and where they end. */
  private keepPrefix(seg: Open): void {
    if (!seg.prefixAt!.includes(seg.rowsRead)) return;
    seg.prefixes.push({
      rows: seg.rowsRead,
      key: this.key.peek(),
      copyBytes: seg.copy.at,
      validRows: seg.validRows,
      deadLetters: seg.deadLetters.length,
    });
  }

  /** Ends the open segment; a batch with segmentsPerBatch segments is ready. */
  private closeSegment(): void {
    const seg = this.seg;
    if (seg.rowsRead === 0) return;
    // a prefix as long as the segment is the segment: its own key says whether it is stored
    const prefixes = seg.prefixes.filter((p) => p.rows < seg.rowsRead);
    this.batch.segments.push({
      key: this.key.digest(),
      id: seg.id,
      firstLine: seg.firstLine,
      rowsRead: seg.rowsRead,
      validRows: seg.validRows,
      copyRows: seg.copy.done(),
      day: seg.dayEpoch >= 0 ? isoDay(seg.dayEpoch) : null,
      deadLetters: seg.deadLetters,
      ...(prefixes.length > 0 ? { prefixes } : {}),
    });
    this.seg = this.openSegment();
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
