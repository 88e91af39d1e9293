// Splits a stream of text chunks into lines with their 1-based line numbers, keeping
// only the unfinished last line between chunks (memory stays flat whatever the file).
// Handles LF and CRLF. A line that grows past `maxChars` without a break is cut off
// and reported as oversized rather than buffered.
export type LineSink = (line: string, lineNo: number, oversized: boolean) => void;

export class LineSplitter {
  private pending = "";
  private oversized = false;
  private lineNo = 0;

  constructor(
    private readonly sink: LineSink,
    private readonly maxChars: number,
  ) {}

  get linesSeen(): number {
    return this.lineNo;
  }

  push(chunk: string): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf("\n", start);
      if (nl === -1) break;
      const piece = chunk.slice(start, nl);
      if (this.pending.length > 0 || this.oversized) {
        this.emit(this.pending + piece);
        this.pending = "";
      } else {
        this.emit(piece);
      }
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.slice(start);
      if (this.oversized) return;
      this.pending += rest;
      if (this.pending.length > this.maxChars) {
        this.pending = this.pending.slice(0, this.maxChars);
        this.oversized = true;
      }
    }
  }

  /** The last line, when the input does not end with a line break. */
  end(): void {
    if (this.pending.length > 0 || this.oversized) this.emit(this.pending);
    this.pending = "";
  }

  private emit(raw: string): void {
    let line = raw;
    const oversized = this.oversized || line.length > this.maxChars;
    if (oversized) line = line.slice(0, this.maxChars);
    else if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    this.oversized = false;
    this.sink(line, ++this.lineNo, oversized);
  }
}
