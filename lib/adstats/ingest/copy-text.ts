// adstats_events COPY rows written straight into a Buffer, piece by piece (the line's
// head and tail are copied from the line read, never concatenated): V8 strings built
// by concatenation cost about 1 µs a row to flatten before they can be sent, these
// writes a tenth of that. Row: segment_id, row_no, then EVENT_COPY_COLUMNS.
import type { ParsedRow } from "./parse-line.ts";

const INITIAL_BYTES = 256 * 1024;
// segment id and row number (<= 40 bytes), hour text, hash, a comma, a line break,
// and the line's head and tail at up to 3 UTF-8 bytes per character
const fixedBytes = (p: ParsedRow) => 96 + p.hourText.length + p.hash.length;

export class CopyText {
  private buf = Buffer.allocUnsafe(INITIAL_BYTES);
  private at = 0;

  constructor(private readonly segmentId: number) {}

  row(rowNo: number, p: ParsedRow): void {
    const lineChars = p.head.length + p.tail.length;
    const need = fixedBytes(p) + (p.ascii ? lineChars : 3 * lineChars);
    if (this.at + need > this.buf.length) this.grow(need);
    const b = this.buf;
    let at = this.at;
    at += b.write(`${this.segmentId},${rowNo},`, at, "latin1");
    at += b.write(p.hourText, at, "latin1");
    at += b.write(p.hash, at, "latin1");
    b[at++] = 44; // ,
    if (p.ascii) {
      at += b.write(p.head, at, "latin1");
      at += b.write(p.tail, at, "latin1");
    } else {
      at += b.write(p.head, at, "utf8");
      at += b.write(p.tail, at, "utf8");
    }
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
