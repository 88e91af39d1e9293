// adstats_events COPY rows (EVENT_COPY_COLUMNS) in Postgres's binary format, written
// straight into a Buffer: numbers as the integers the parser already read, the id as the
// line's characters, a text field of 8 hex digits as their value (columns.ts,
// eventTextSql; any other value goes to odd_ids, as jsonb). Text format made Postgres
// parse every number and the hour again (timestamptz input alone is a date parser per
// row): binary COPY of the same rows measured ~20 % less database CPU. No string is
// made per row either: V8 strings built by concatenation cost about 1 µs a row to
// flatten, and even Buffer.write of a line's pieces (a trip into C++ each) cost more
// than the rest of a row's work.
// https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4
import { AVAZU_COLUMNS, COLUMN_KIND, TEXT_COLUMNS } from "../columns.ts";
import { hashHigh, hashLow } from "./line-hash.ts";
import { EVENT_COPY_COLUMNS, scanAvazuLine, scanned, scannedField } from "./parse-line.ts";

// a binary row of Avazu's usual field widths is ~245 bytes: a segment of 1,000 fits
const INITIAL_BYTES = 384 * 1024;
/** Buffers kept for reuse: an import holds at most three batches (two writing, one being
 *  built) of up to 100 segments; beyond this many, a returned buffer is dropped. */
const MAX_FREE_BUFFERS = 300;
const FIELDS = EVENT_COPY_COLUMNS.length;
// the field count, a length before each field, at most 8 bytes of each number, and
// odd_ids' version byte, braces, and key, quotes, colon and comma per text field
const FIXED_BYTES = 2 + 4 * FIELDS + 8 * FIELDS + 3 + TEXT_COLUMNS.length * 20;
/** jsonb's binary format: a version byte, then the JSON text. */
const JSONB_VERSION = 1;
/** Seconds from the Unix epoch to Postgres's (2000-01-01 UTC). */
const PG_EPOCH = 946_684_800;
const TWO_32 = 2 ** 32;

/** What a binary COPY stream starts with: signature, flags, header extension length. */
export const COPY_BINARY_HEADER = Buffer.concat([
  Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"),
  Buffer.alloc(8),
]);
/** What it ends with: a field count of -1. */
export const COPY_BINARY_TRAILER = Buffer.from([0xff, 0xff]);

// per Avazu column from C1 on: bytes of its binary value (2 smallint, 4 integer), or 0
// for text, stored as a 4-byte integer when hex (a typed array: read per field without
// a keyed lookup)
const BINARY_WIDTH = new Uint8Array(COLUMN_KIND.length);
COLUMN_KIND.forEach((kind, i) => {
  if (kind === "small") BINARY_WIDTH[i] = 2;
  else if (kind === "int") BINARY_WIDTH[i] = 4;
});

/**
 * CopyRows buffers handed back once their batch is written, for the next segments.
 * Every segment (1,000 rows) needs a 384 KB buffer, and V8 counts each new one as
 * external memory: allocated afresh, a 2M-row import made it run a full mark-compact
 * every ~200 ms (73 of them, about a second of the process's CPU) with a 33 MB heap.
 */
export class CopyBufferPool {
  private readonly free: Buffer[] = [];

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(INITIAL_BYTES);
  }

  /** A segment's copyRows (CopyRows.done) that nothing will read any more. Buffers that
   *  grew past the usual size are left to the garbage collector. */
  give(copyRows: Buffer): void {
    const whole = copyRows.buffer;
    if (whole.byteLength !== INITIAL_BYTES || this.free.length >= MAX_FREE_BUFFERS) return;
    this.free.push(Buffer.from(whole, 0, INITIAL_BYTES));
  }
}

/** One segment's rows, without the stream's header and trailer (write-batch.ts). */
export class CopyRows {
  buf: Buffer;
  /** `buf` for the integers (DataView writes are big-endian and compile to one store) */
  private view: DataView;
  at = 0;
  /** segment_id's two 32-bit halves (ids stay below 2^53) */
  private readonly segmentHigh: number;
  private readonly segmentLow: number;

  /**
   * buffers: where to take the first buffer from (an import's pool), else a new one of
   * `bytes` (--retry writes one row per segment: a segment-sized buffer for each of
   * thousands of rows would hold gigabytes).
   */
  constructor(segmentId: number, buffers?: CopyBufferPool, bytes = INITIAL_BYTES) {
    this.buf = buffers ? buffers.take() : Buffer.allocUnsafe(bytes);
    this.view = viewOf(this.buf);
    this.segmentHigh = Math.floor(segmentId / TWO_32);
    this.segmentLow = segmentId - this.segmentHigh * TWO_32;
  }

  /** Writes the row scanAvazuLine or scanAvazuBytes just accepted (its parts in
   *  `scanned`). */
  commitScanned(rowNo: number): void {
    const s = scanned;
    const { values, isHex, hex } = s;
    const need = FIXED_BYTES + (s.ascii ? s.length : 3 * s.length);
    if (this.at + need > this.buf.length) this.grow(need);
    const v = this.view;
    let at = this.at;
    let odd = false;
    v.setInt16(at, FIELDS);
    at = this.text(0, s.starts[1] - 1, at + 2);
    v.setInt32(at, 2);
    v.setInt16(at + 4, s.click);
    // timestamptz: microseconds since 2000-01-01 UTC, as a big-endian int64
    const micros = (s.epochHour - PG_EPOCH) * 1_000_000;
    const high = Math.floor(micros / TWO_32);
    v.setInt32(at + 6, 8);
    v.setInt32(at + 10, high);
    v.setUint32(at + 14, micros - high * TWO_32);
    at += 18;
    for (let i = 3; i < AVAZU_COLUMNS.length; i++) {
      const width = BINARY_WIDTH[i];
      if (width === 0) {
        if (isHex[i] === 1) {
          v.setInt32(at, 4);
          v.setInt32(at + 4, hex[i]);
          at += 8;
        } else {
          // NULL, the value in odd_ids
          v.setInt32(at, -1);
          at += 4;
          odd = true;
        }
      } else {
        v.setInt32(at, width);
        if (width === 2) v.setInt16(at + 4, values[i]);
        else v.setInt32(at + 4, values[i]);
        at += 4 + width;
      }
    }
    v.setInt32(at, 8);
    v.setInt32(at + 4, this.segmentHigh);
    v.setUint32(at + 8, this.segmentLow);
    v.setInt32(at + 12, 4);
    v.setInt32(at + 16, rowNo);
    // line_hash: line-hash.ts's value, its 31-bit high half and low 32 bits
    v.setInt32(at + 20, 8);
    v.setInt32(at + 24, hashHigh(s.laneA, s.length));
    v.setUint32(at + 28, hashLow(s.laneB));
    at += 32;
    if (odd) {
      at = this.oddIds(at);
    } else {
      v.setInt32(at, -1);
      at += 4;
    }
    this.at = at;
  }

  /** odd_ids of the row scanned: its text fields that are not 8 hex digits, as jsonb
   *  (rare: Avazu's are all hex). */
  private oddIds(at: number): number {
    const odd: Record<string, string> = {};
    for (let i = 3; i < AVAZU_COLUMNS.length; i++) {
      if (BINARY_WIDTH[i] === 0 && scanned.isHex[i] === 0) odd[AVAZU_COLUMNS[i]] = scannedField(i);
    }
    this.buf[at + 4] = JSONB_VERSION;
    const n = 1 + this.buf.write(JSON.stringify(odd), at + 5, "utf8");
    this.view.setInt32(at, n);
    return at + 4 + n;
  }

  /** A row of `line` checked afresh (--retry, tests). */
  row(rowNo: number, line: string): void {
    const reason = scanAvazuLine(line);
    if (reason !== null) throw new Error(`not a valid row: ${reason}`);
    this.commitScanned(rowNo);
  }

  /** The rows written, as one Buffer (a view: this writer is done). */
  done(): Buffer {
    return this.buf.subarray(0, this.at);
  }

  /** Units [from, to) of the scanned line as a text field at `at`: its length, then its
   *  UTF-8 bytes. */
  private text(from: number, to: number, at: number): number {
    const b = this.buf;
    const { units, base, line } = scanned;
    let n: number;
    if (scanned.ascii) {
      // an ASCII character is its byte
      n = to - from;
      for (let k = base + from, o = at + 4; k < base + to; k++, o++) b[o] = units[k];
    } else {
      n = b.write(line!.slice(from, to), at + 4, "utf8");
    }
    this.view.setInt32(at, n);
    return at + 4 + n;
  }

  private grow(need: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + need));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
    this.view = viewOf(next);
  }
}

const viewOf = (b: Buffer) => new DataView(b.buffer, b.byteOffset, b.byteLength);
