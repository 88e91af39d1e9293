// adstats_events COPY rows written straight into a Buffer (EVENT_COPY_COLUMNS): the
// line as read with its hour as ISO text, then segment_id, row_no and line_hash. V8
// strings built by concatenation cost about 1 µs a row to flatten before they can be
// sent, and even Buffer.write of the line's pieces (a trip into C++ each) cost more
// than the rest of a row's work. So on the import's hot path scanAvazuLine copies the
// line's characters into this buffer while it checks them (reserve, then scan at `at`),
// and commitScanned fills in the hour and writes the numbers' digits in a loop; a line
// found invalid just leaves `at` where it was.
import { hourText, scanned, type ParsedRow } from "./parse-line.ts";
import { finishHash, writeDigits, writeHash } from "./line-hash.ts";

const INITIAL_BYTES = 256 * 1024;
/** Buffers kept for reuse: more than the batches an import holds at once ever need. */
const MAX_FREE_BUFFERS = 256;

/**
 * CopyText buffers handed back once their batch is written, for the next segments.
 * Every segment (1,000 rows) needs a 256 KB buffer, and V8 counts each new one as
 * external memory: allocated afresh, a 2M-row import made it run a full mark-compact
 * every ~200 ms (73 of them, about a second of the process's CPU) with a 33 MB heap.
 */
export class CopyBufferPool {
  private readonly free: Buffer[] = [];

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(INITIAL_BYTES);
  }

  /** A segment's copyText (CopyText.done) that nothing will read any more. Buffers that
   *  grew past the usual size are left to the garbage collector. */
  give(copyText: Buffer): void {
    const whole = copyText.buffer;
    if (whole.byteLength !== INITIAL_BYTES || this.free.length >= MAX_FREE_BUFFERS) return;
    this.free.push(Buffer.from(whole, 0, INITIAL_BYTES));
  }

  get size(): number {
    return this.free.length;
  }
}
// hour text, segment id and row number (<= 40 bytes), hash (<= 19), commas, a line break
const FIXED_BYTES = 96;

type RowParts = Pick<ParsedRow, "hash" | "hourText" | "head" | "tail" | "ascii">;

export class CopyText {
  buf: Buffer;
  at = 0;
  /** ",<segment id>," */
  private readonly segmentPart: Buffer;
  private lastHour = -1;
  private hourBytes: Buffer = Buffer.alloc(0);
  /** Where the last row's line hash digits are (segment keys read them). */
  hashFrom = 0;
  hashTo = 0;

  /** buffers: where to take the first buffer from (an import's pool), else a new one */
  constructor(
    private readonly segmentId: number,
    buffers?: CopyBufferPool,
  ) {
    this.buf = buffers ? buffers.take() : Buffer.allocUnsafe(INITIAL_BYTES);
    this.segmentPart = Buffer.from(`,${segmentId},`, "latin1");
  }

  /** Room for a row of a line of `chars` characters at `at`, for scanAvazuLine. */
  reserve(chars: number): void {
    if (this.at + chars + FIXED_BYTES > this.buf.length) this.grow(chars + FIXED_BYTES);
  }

  /** Ends the row scanAvazuLine just accepted and copied to `at` (its parts in `scanned`). */
  commitScanned(rowNo: number, line: string): void {
    const s = scanned;
    if (!s.ascii) {
      // its characters were copied as truncated bytes: write it again as UTF-8
      this.row(rowNo, {
        hash: finishHash(s.laneA, s.laneB, s.length),
        hourText: hourText(s.epochHour),
        head: line.slice(0, s.starts[2]),
        tail: line.slice(s.starts[3]),
        ascii: false,
      });
      return;
    }
    if (s.epochHour !== this.lastHour) {
      this.lastHour = s.epochHour;
      this.hourBytes = Buffer.from(hourText(s.epochHour), "latin1");
    }
    const b = this.buf;
    b.set(this.hourBytes, this.at + s.starts[2]);
    // the line's copy ends with its last field: the numbers follow
    let at = s.outEnd;
    b.set(this.segmentPart, at);
    at += this.segmentPart.length;
    at = writeDigits(b, at, rowNo, 1);
    b[at++] = 44; // ,
    this.hashFrom = at;
    at = writeHash(b, at, s.laneA, s.laneB, s.length);
    this.hashTo = at;
    b[at++] = 10; // \n
    this.at = at;
  }

  /** A row from parseAvazuLine's parts (--retry, and lines beyond ASCII). */
  row(rowNo: number, p: RowParts): void {
    const lineChars = p.head.length + p.tail.length;
    const need = FIXED_BYTES + p.hash.length + (p.ascii ? lineChars : 3 * lineChars);
    if (this.at + need > this.buf.length) this.grow(need);
    const b = this.buf;
    const encoding = p.ascii ? "latin1" : "utf8";
    let at = this.at;
    at += b.write(p.head, at, encoding);
    at += b.write(p.hourText, at, "latin1");
    // hourText ends with the comma before the tail, the tail with the last field
    at += b.write(p.tail, at, encoding);
    at += b.write(`,${this.segmentId},${rowNo},`, at, "latin1");
    this.hashFrom = at;
    at += b.write(p.hash, at, "latin1");
    this.hashTo = at;
    b[at++] = 10; // \n
    this.at = at;
  }

  /** The rows written, as one Buffer (a view: this writer is done). */
  done(): Buffer {
    return this.buf.subarray(0, this.at);
  }

  private grow(need: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + need));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }
}
