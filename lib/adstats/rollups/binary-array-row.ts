// One row of one-dimensional arrays in Postgres's binary COPY format (array_recv's
// input), written straight into a Buffer. The site / app journal takes a batch's deltas
// as one such row (rollup-deltas.ts): in the text format, Postgres parsed every element
// of ten array literals (a date parser per element among them), ~0.4 s of its CPU per
// 2M imported events.
// https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4 (file format)
// and src/backend/utils/adt/arrayfuncs.c array_recv (an array's binary form).
import { COPY_BINARY_HEADER, COPY_BINARY_TRAILER } from "../ingest/copy-rows.ts";

/** Element types: their OID (pg_type), which array_recv checks against the column's. */
export const ELEMENT = { int2: 21, int8: 20, text: 25, bpchar: 1042, date: 1082 } as const;
type Element = (typeof ELEMENT)[keyof typeof ELEMENT];

/** Days from the Unix epoch to Postgres's (2000-01-01). */
const PG_EPOCH_DAYS = 10_957;
const TWO_32 = 2 ** 32;

export class BinaryArrayRow {
  private buf = Buffer.allocUnsafe(1024 * 1024);
  private view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  private at = 0;
  private arrayStart = -1;

  constructor(columns: number) {
    this.ensure(COPY_BINARY_HEADER.length + 2);
    COPY_BINARY_HEADER.copy(this.buf, 0);
    this.at = COPY_BINARY_HEADER.length;
    this.view.setInt16(this.at, columns);
    this.at += 2;
  }

  /** Starts the next column: an array of `length` elements of type `element`. */
  array(element: Element, length: number): void {
    this.endArray();
    this.ensure(24);
    const v = this.view;
    this.arrayStart = this.at;
    // field length (set by endArray), dimensions, no nulls, element type, length, lower bound
    v.setInt32(this.at + 4, 1);
    v.setInt32(this.at + 8, 0);
    v.setInt32(this.at + 12, element);
    v.setInt32(this.at + 16, length);
    v.setInt32(this.at + 20, 1);
    this.at += 24;
  }

  int2(value: number): void {
    this.ensure(6);
    this.view.setInt32(this.at, 2);
    this.view.setInt16(this.at + 4, value);
    this.at += 6;
  }

  /** An integer below 2^53 in magnitude. */
  int8(value: number): void {
    this.ensure(12);
    const high = Math.floor(value / TWO_32);
    this.view.setInt32(this.at, 8);
    this.view.setInt32(this.at + 4, high);
    this.view.setUint32(this.at + 8, value - high * TWO_32);
    this.at += 12;
  }

  /** A date, as days since 1970-01-01. */
  date(epochDay: number): void {
    this.ensure(8);
    this.view.setInt32(this.at, 4);
    this.view.setInt32(this.at + 4, epochDay - PG_EPOCH_DAYS);
    this.at += 8;
  }

  /** text or bpchar: the UTF-8 bytes. */
  text(value: string): void {
    this.ensure(4 + 3 * value.length);
    const n = this.buf.write(value, this.at + 4, "utf8");
    this.view.setInt32(this.at, n);
    this.at += 4 + n;
  }

  /** The whole COPY input: header, this row, trailer. */
  done(): Buffer {
    this.endArray();
    this.ensure(COPY_BINARY_TRAILER.length);
    COPY_BINARY_TRAILER.copy(this.buf, this.at);
    return this.buf.subarray(0, this.at + COPY_BINARY_TRAILER.length);
  }

  private endArray(): void {
    if (this.arrayStart >= 0) this.view.setInt32(this.arrayStart, this.at - this.arrayStart - 4);
    this.arrayStart = -1;
  }

  private ensure(bytes: number): void {
    if (this.at + bytes <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + bytes));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
    this.view = new DataView(next.buffer, next.byteOffset, next.byteLength);
  }
}
