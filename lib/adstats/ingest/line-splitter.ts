// Splits a stream of byte chunks into lines with their 1-based line numbers, keeping
// only the unfinished last line between chunks (memory stays flat whatever the file).
// Handles LF and CRLF (the CR is dropped). A line of at most maxChars bytes (then at most
// maxChars characters, whatever its encoding) is handed over as bytes, where it lies:
// the import reads it without decoding. A longer one is decoded and handed over as
// text, cut at maxChars characters and reported as oversized when it has more; bytes
// past 4 x maxChars are not kept (that many bytes are more than maxChars characters in
// UTF-8), so a line without a break is never buffered whole.
export type LineSink = {
  /** Line bytes [from, to) of `bytes`, read before the next push (the buffer is reused). */
  bytes(bytes: Buffer, from: number, to: number, lineNo: number): void;
  text(line: string, lineNo: number, oversized: boolean): void;
};

export class LineSplitter {
  /** the unfinished line's first bytes */
  private readonly pending: Buffer;
  private pendingLength = 0;
  /** the unfinished line has more bytes than `pending` holds */
  private overflow = false;
  private lineNo = 0;

  constructor(
    private readonly sink: LineSink,
    private readonly maxChars: number,
  ) {
    this.pending = Buffer.allocUnsafe(4 * maxChars);
  }

  push(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl === -1) break;
      if (this.pendingLength > 0 || this.overflow) {
        this.keep(chunk, start, nl);
        this.emitPending();
      } else {
        this.emit(chunk, start, nl, false);
      }
      start = nl + 1;
    }
    if (start < chunk.length) this.keep(chunk, start, chunk.length);
  }

  /** The last line, when the input does not end with a line break. */
  end(): void {
    if (this.pendingLength > 0 || this.overflow) this.emitPending();
  }

  private keep(chunk: Buffer, from: number, to: number): void {
    const n = Math.min(this.pending.length - this.pendingLength, to - from);
    chunk.copy(this.pending, this.pendingLength, from, from + n);
    this.pendingLength += n;
    if (to - from > n) this.overflow = true;
  }

  private emitPending(): void {
    const { pendingLength, overflow } = this;
    this.pendingLength = 0;
    this.overflow = false;
    this.emit(this.pending, 0, pendingLength, overflow);
  }

  private emit(bytes: Buffer, from: number, to: number, overflow: boolean): void {
    const lineNo = ++this.lineNo;
    if (!overflow && to - from <= this.maxChars) {
      this.sink.bytes(bytes, from, to > from && bytes[to - 1] === 13 ? to - 1 : to, lineNo);
      return;
    }
    let line = bytes.toString("utf8", from, to);
    const oversized = overflow || line.length > this.maxChars;
    if (oversized) line = line.slice(0, this.maxChars);
    else if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    this.sink.text(line, lineNo, oversized);
  }
}
