// Checks one Avazu line. One pass over its code units finds the 23 commas, hashes the
// line and spots characters that have no place in the format; fields are then checked
// in place (no split, no string), and the numbers read as they are checked. What it
// found stays in `scanned` for copy-rows.ts, which writes the row of adstats_events'
// COPY input from it, and for the rollups.
// The import scans a line's bytes where they arrived (scanAvazuBytes): an ASCII byte is
// its UTF-16 code unit, so the hash and every check equal the string's. A line with a
// byte beyond ASCII is handed back, decoded and scanned as a string (scanAvazuLine):
// Avazu logs are ASCII, so that path is rare, and the hash stays the string's.
import { AVAZU_COLUMNS, COLUMN_KIND, MAX_LINE_CHARS, MAX_TEXT_FIELD } from "../columns.ts";
import { avazuHourFromDigits } from "../hour.ts";
import { finishHash, LANE_A_SEED, LANE_B_SEED } from "./line-hash.ts";

export type ParsedRow = {
  ok: true;
  /** lineHash(line), as decimal text. */
  hash: string;
  epochHour: number;
  click: number;
  deviceType: number;
  deviceConnType: number;
  bannerPos: number;
  siteCategory: string;
  appCategory: string;
  siteId: string;
  appId: string;
};

export type ParsedLine = ParsedRow | { ok: false; reason: string };

/** adstats_events columns of a COPY row (copy-rows.ts): the line's fields in their
 *  order, then the segment id, the row number, the line hash and the text fields that
 *  are not 8 hex digits (columns.ts, eventTextSql). */
export const EVENT_COPY_COLUMNS = [
  "id_text",
  "click",
  "event_hour",
  ...AVAZU_COLUMNS.slice(3).map((c) => c.toLowerCase()),
  "segment_id",
  "row_no",
  "line_hash",
  "odd_ids",
];

const COLUMNS = AVAZU_COLUMNS.length;
const MAX = { small: 32_767, int: 2_147_483_647 } as const;
// per column: the largest value of a numeric column, 0 for text (a typed array: the
// per-field checks read it without a keyed property lookup)
const FIELD_MAX = new Float64Array(COLUMN_KIND.length);
COLUMN_KIND.forEach((kind, i) => {
  if (kind === "small" || kind === "int") FIELD_MAX[i] = MAX[kind];
});

// per code unit below 256: 0 ordinary, 1 comma, 2 no place in the format (control
// characters, quotes, backslashes, DEL and beyond ASCII; see the scan)
const CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  CLASS[c] = c === 44 ? 1 : c < 32 || c === 34 || c === 92 || c > 126 ? 2 : 0;
}

/** A line's UTF-16 code units: its bytes when they are all ASCII, else the string's. */
type Units = Uint8Array | Uint16Array;

/**
 * What scanAvazuLine / scanAvazuBytes found in a line, reused between calls (no object
 * per line; read it only right after a call that accepted the line, as parts are left
 * from a refused one): where the line's units are (`units` from `base`;
 * `line`, the string, when it was scanned as one), the start offset of each field in
 * the line (+1 slot for the end), the value of each numeric field, which text fields are
 * 8 lowercase hex digits and their value (how adstats_events stores them, and the
 * rollups' keys), the two hash lanes (line-hash.ts) and the line's length, hour and
 * click.
 */
export const scanned = {
  units: new Uint8Array(0) as Units,
  base: 0,
  line: null as string | null,
  starts: new Int32Array(COLUMNS + 1),
  values: new Int32Array(COLUMNS),
  isHex: new Uint8Array(COLUMNS),
  hex: new Int32Array(COLUMNS),
  laneA: 0,
  laneB: 0,
  length: 0,
  epochHour: 0,
  click: 0,
  /** No character beyond ASCII (then each character is one byte in UTF-8). */
  ascii: true,
};
const { starts, values, isHex, hex } = scanned;
const end = (i: number) => starts[i + 1] - 1;
/** A string's code units, for scanAvazuLine (a line is at most MAX_LINE_CHARS long). */
const stringUnits = new Uint16Array(MAX_LINE_CHARS);

/** What scanAvazuBytes returns for a line with a byte beyond ASCII. */
export const NOT_ASCII = "not ASCII";

/** Field i of the line scanned last, as a string. */
export function scannedField(i: number): string {
  return scannedText(starts[i], end(i));
}

/** Units [from, to) of the line scanned last (offsets in the line), as a string. */
function scannedText(from: number, to: number): string {
  const { units, base, line } = scanned;
  if (line !== null) return line.slice(from, to);
  // bytes, all ASCII
  return Buffer.from(units.buffer, units.byteOffset + base + from, to - from).toString("latin1");
}

function fail(reason: string): ParsedLine {
  return { ok: false, reason };
}

function show(from: number, to: number): string {
  const v = scannedText(from, Math.min(to, from + 40));
  return JSON.stringify(v) + (to - from > 40 ? "…" : "");
}

/** The decimal integer in units [from, to) when it lies within ±max, else NaN. */
function integerAt(u: Units, from: number, to: number, max: number): number {
  // an empty field: u[from] is past it, where a reused buffer holds an earlier line
  if (from >= to) return NaN;
  let i = from;
  const negative = u[i] === 45;
  if (negative) i++;
  if (i === to || to - i > 10) return NaN;
  let v = 0;
  let bad = 0;
  for (; i < to; i++) {
    const d = u[i] - 48;
    bad |= d | (9 - d); // negative unless 0-9
    v = v * 10 + d;
  }
  if (bad < 0) return NaN;
  if (negative) v = -v;
  return v <= max && v >= -max - 1 ? v : NaN;
}

/** 1-`most` decimal digits from `from`: the offset after them, or -1. */
function digitsAt(u: Units, from: number, to: number, most: number): number {
  let i = from;
  while (i < to && i - from < most + 1 && u[i] >= 48 && u[i] <= 57) i++;
  return i === from || i - from > most ? -1 : i;
}

/**
 * Integer notation (Avazu's own ids: up to 20 digits) or the float notation that pandas
 * writes them in (1.4199688212321208e+19): /^\d{1,20}(\.\d{1,20})?([eE][+-]?\d{1,3})?$/.
 */
function isId(u: Units, from: number, to: number): boolean {
  let i = digitsAt(u, from, to, 20);
  if (i < 0) return false;
  if (i < to && u[i] === 46) {
    i = digitsAt(u, i + 1, to, 20);
    if (i < 0) return false;
  }
  if (i < to && (u[i] === 101 || u[i] === 69)) {
    i++;
    if (i < to && (u[i] === 43 || u[i] === 45)) i++;
    i = digitsAt(u, i, to, 3);
    if (i < 0) return false;
  }
  return i === to;
}

// per two code units below 256 (first << 8 | second): their value as two lowercase hex
// digits, else -1
const HEX_PAIR = new Int16Array(65536).fill(-1);
for (let a = 0; a < 16; a++)
  for (let b = 0; b < 16; b++)
    HEX_PAIR[("0123456789abcdef".charCodeAt(a) << 8) | "0123456789abcdef".charCodeAt(b)] =
      a * 16 + b;

/** Field i when it is 8 lowercase hex digits (hex[i] its value, isHex[i] 1). */
function readHex(u: Units, i: number, from: number, to: number): void {
  isHex[i] = 0;
  if (to - from !== 8) return;
  const c0 = u[from];
  const c1 = u[from + 1];
  const c2 = u[from + 2];
  const c3 = u[from + 3];
  const c4 = u[from + 4];
  const c5 = u[from + 5];
  const c6 = u[from + 6];
  const c7 = u[from + 7];
  if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7) > 255) return;
  const p0 = HEX_PAIR[(c0 << 8) | c1];
  const p1 = HEX_PAIR[(c2 << 8) | c3];
  const p2 = HEX_PAIR[(c4 << 8) | c5];
  const p3 = HEX_PAIR[(c6 << 8) | c7];
  if ((p0 | p1 | p2 | p3) < 0) return;
  hex[i] = (p0 << 24) | (p1 << 16) | (p2 << 8) | p3;
  isHex[i] = 1;
}

/** `line` without its line break (the splitter drops a trailing CR). */
export function parseAvazuLine(line: string): ParsedLine {
  const reason = scanAvazuLine(line);
  if (reason !== null) return fail(reason);
  const { epochHour } = scanned;
  return {
    ok: true,
    hash: finishHash(scanned.laneA, scanned.laneB, scanned.length),
    epochHour,
    click: scanned.click,
    deviceType: values[14],
    deviceConnType: values[15],
    bannerPos: values[4],
    siteCategory: line.slice(starts[7], end(7)),
    appCategory: line.slice(starts[10], end(10)),
    siteId: line.slice(starts[5], end(5)),
    appId: line.slice(starts[8], end(8)),
  };
}

/**
 * Checks a line; null when it is a valid row (its parts then in `scanned`), else why
 * not.
 */
export function scanAvazuLine(line: string): string | null {
  const len = line.length;
  if (len > MAX_LINE_CHARS) return `line longer than ${MAX_LINE_CHARS} characters`;
  for (let i = 0; i < len; i++) stringUnits[i] = line.charCodeAt(i);
  scanned.line = line;
  return scanUnits(stringUnits, 0, len, false);
}

/**
 * The same for the line in bytes [from, to) of `bytes` (no line break; at most
 * MAX_LINE_CHARS bytes), without decoding it: the import's hot path, which allocates
 * nothing for a valid line. NOT_ASCII when a byte is beyond ASCII: the caller then
 * decodes the line and calls scanAvazuLine.
 */
export function scanAvazuBytes(bytes: Uint8Array, from: number, to: number): string | null {
  scanned.line = null;
  return scanUnits(bytes, from, to, true);
}

function scanUnits(u: Units, base: number, to: number, bytes: boolean): string | null {
  const len = to - base;
  scanned.units = u;
  scanned.base = base;
  // `| 0`: both seeds are above 2^31, and a loop variable that starts as a double stays
  // one (lane B ran 3 x slower: a fifth of the import's time in this process)
  let a = LANE_A_SEED | 0;
  let b = LANE_B_SEED | 0;
  let fields = 1;
  let odd = -1;
  let ascii = true;
  starts[0] = 0;
  for (let i = base; i < to; i++) {
    const c = u[i];
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b ^ (b >>> 15)) | 0;
    const k = c < 256 ? CLASS[c] : 2;
    if (k === 0) continue;
    if (k === 1) {
      if (fields < COLUMNS) starts[fields] = i - base + 1;
      fields++;
    } else {
      // control characters (tab, NUL...), quotes and backslashes: Avazu has none,
      // Postgres text cannot hold a NUL, and the rollups' text values are sent in
      // COPY's text format unescaped (rollup-deltas.ts). U+FFFD is what decoding made of
      // bytes that are not UTF-8, and what a dead letter's stored text holds in place of
      // a NUL: refused too, or --retry would store a line the import refused.
      if (c > 127 && bytes) return NOT_ASCII;
      if (c > 127 && c !== 0xfffd) ascii = false;
      else if (odd < 0) odd = c;
    }
  }
  if (fields !== COLUMNS) return `expected ${COLUMNS} columns, found ${fields}`;
  if (odd >= 0) {
    const name =
      odd === 34
        ? "a quote"
        : odd === 92
          ? "a backslash"
          : odd === 0xfffd
            ? "bytes that are not UTF-8 (or a NUL byte)"
            : `control character ${odd}`;
    return `line contains ${name}`;
  }
  starts[COLUMNS] = len + 1;
  scanned.laneA = a;
  scanned.laneB = b;
  scanned.length = len;
  scanned.ascii = ascii;
  return checkFields(u, base);
}

/** The fields of the line just split (`starts`): null when each holds what its column
 *  takes (hour, click and numbers then in `scanned`), else why not. */
function checkFields(u: Units, base: number): string | null {
  if (!isId(u, base, base + end(0))) return fieldError(0);
  const click = end(1) - starts[1] === 1 ? u[base + starts[1]] - 48 : -1;
  if (click !== 0 && click !== 1) return fieldError(1);
  const epochHour =
    end(2) - starts[2] === 8
      ? hourOf(integerAt(u, base + starts[2], base + end(2), 99_999_999))
      : -1;
  if (epochHour < 0) return fieldError(2);
  for (let i = 3; i < COLUMNS; i++) {
    const from = base + starts[i];
    const to = base + starts[i + 1] - 1;
    const max = FIELD_MAX[i];
    if (max === 0) {
      if (to === from || to - from > MAX_TEXT_FIELD) return fieldError(i);
      readHex(u, i, from, to);
    } else {
      const value = integerAt(u, from, to, max);
      if (value !== value) return fieldError(i);
      values[i] = value;
    }
  }
  scanned.epochHour = epochHour;
  scanned.click = click;
  return null;
}

/** Why field i of the line just split is not what its column takes. */
function fieldError(i: number): string {
  const from = starts[i];
  const to = end(i);
  if (i === 0) return `id must be an integer or a float, found ${show(from, to)}`;
  if (i === 1) return `click must be 0 or 1, found ${show(from, to)}`;
  if (i === 2) return `hour must be a valid YYMMDDHH, found ${show(from, to)}`;
  if (FIELD_MAX[i] === 0)
    return `${AVAZU_COLUMNS[i]} must be 1-${MAX_TEXT_FIELD} characters, found ${show(from, to)}`;
  return `${AVAZU_COLUMNS[i]} must be an integer, found ${show(from, to)}`;
}

// the last hour read, and its epoch (lines come in hour order: one Map lookup an hour)
let lastHourDigits = -1;
let lastHourEpoch = -1;
function hourOf(yymmddhh: number): number {
  if (yymmddhh !== lastHourDigits) {
    lastHourEpoch = avazuHourFromDigits(yymmddhh);
    lastHourDigits = yymmddhh;
  }
  return lastHourEpoch;
}
