// Checks one Avazu line. One pass over the characters finds the 23 commas, hashes the
// line and spots characters that have no place in the format; fields are then checked
// in place by character codes (no split, one small regex for the id), and the numbers
// read as they are checked. What it found stays in `scanned` for copy-rows.ts, which
// writes the row of adstats_events' COPY input from it, and for the rollups: about
// 1 µs a line.
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
 *  order, then the segment id, the row number and the line hash. */
export const EVENT_COPY_COLUMNS = [
  "id_text",
  "click",
  "event_hour",
  ...AVAZU_COLUMNS.slice(3).map((c) => c.toLowerCase()),
  "segment_id",
  "row_no",
  "line_hash",
];

const COLUMNS = AVAZU_COLUMNS.length;
// Integer notation (Avazu's own ids: up to 20 digits) or the float notation that
// pandas writes them in (1.4199688212321208e+19).
const ID = /^(?:\d{1,20}|\d{1,20}\.\d{1,20}(?:[eE][+-]?\d{1,3})?|\d{1,20}[eE][+-]?\d{1,3})$/;
const MAX = { small: 32_767, int: 2_147_483_647 } as const;
// per column: the largest value of a numeric column, 0 for text (a typed array: the
// per-field checks read it without a keyed property lookup)
const FIELD_MAX = new Float64Array(COLUMN_KIND.length);
COLUMN_KIND.forEach((kind, i) => {
  if (kind === "small" || kind === "int") FIELD_MAX[i] = MAX[kind];
});

/**
 * What scanAvazuLine found in the last line it accepted, reused between calls (no
 * object per line): the start offset of each field (+1 slot for the end), the value of
 * each numeric field, which text fields are 8 lowercase hex digits and their value,
 * the two hash lanes (line-hash.ts) and the line's length, hour and click.
 */
export const scanned = {
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
// the text fields the rollups key on: site_id, site_category, app_id, app_category
const ROLLUP_TEXT = new Uint8Array(COLUMNS);
for (const c of ["site_id", "site_category", "app_id", "app_category"] as const)
  ROLLUP_TEXT[AVAZU_COLUMNS.indexOf(c)] = 1;
const end = (i: number) => starts[i + 1] - 1;

function fail(reason: string): ParsedLine {
  return { ok: false, reason };
}

function show(line: string, from: number, to: number): string {
  const v = line.slice(from, Math.min(to, from + 40));
  return JSON.stringify(v) + (to - from > 40 ? "…" : "");
}

/** The decimal integer in line[from, to) when it lies within ±max, else NaN. */
function integerAt(line: string, from: number, to: number, max: number): number {
  let i = from;
  const negative = line.charCodeAt(i) === 45;
  if (negative) i++;
  if (i === to || to - i > 10) return NaN;
  let v = 0;
  for (; i < to; i++) {
    const c = line.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  if (negative) v = -v;
  return v <= max && v >= -max - 1 ? v : NaN;
}

/** Field i when it is 8 lowercase hex digits (hex[i] its value, isHex[i] 1). */
function readHex(line: string, i: number, from: number, to: number): void {
  isHex[i] = 0;
  if (to - from !== 8) return;
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = line.charCodeAt(k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return;
    v = (v << 4) | d;
  }
  hex[i] = v;
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
 * not. The import's hot path: nothing is allocated for a valid line.
 */
export function scanAvazuLine(line: string): string | null {
  const len = line.length;
  if (len > MAX_LINE_CHARS) return `line longer than ${MAX_LINE_CHARS} characters`;
  let a = LANE_A_SEED;
  let b = LANE_B_SEED;
  let fields = 1;
  let odd = -1;
  let ascii = true;
  starts[0] = 0;
  for (let i = 0; i < len; i++) {
    const c = line.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
    if (c === 44) {
      if (fields < COLUMNS) starts[fields] = i + 1;
      fields++;
    }
    if (c < 32 || c === 34 || c === 92 || c > 126) {
      // control characters (tab, NUL...), quotes and backslashes: Avazu has none,
      // Postgres text cannot hold a NUL, and the rollups' text values are sent in
      // COPY's text format unescaped (rollup-deltas.ts). U+FFFD is what decoding made of
      // bytes that are not UTF-8, and what a dead letter's stored text holds in place of
      // a NUL: refused too, or --retry would store a line the import refused.
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

  if (!ID.test(line.slice(0, end(0)))) {
    return `id must be an integer or a float, found ${show(line, 0, end(0))}`;
  }
  const click = end(1) - starts[1] === 1 ? line.charCodeAt(starts[1]) - 48 : -1;
  if (click !== 0 && click !== 1) {
    return `click must be 0 or 1, found ${show(line, starts[1], end(1))}`;
  }
  const epochHour =
    end(2) - starts[2] === 8
      ? avazuHourFromDigits(integerAt(line, starts[2], end(2), 99_999_999))
      : -1;
  if (epochHour < 0) {
    return `hour must be a valid YYMMDDHH, found ${show(line, starts[2], end(2))}`;
  }
  for (let i = 3; i < COLUMNS; i++) {
    const from = starts[i];
    const to = end(i);
    if (FIELD_MAX[i] === 0) {
      if (to === from || to - from > MAX_TEXT_FIELD) {
        return `${AVAZU_COLUMNS[i]} must be 1-${MAX_TEXT_FIELD} characters, found ${show(line, from, to)}`;
      }
      if (ROLLUP_TEXT[i] === 1) readHex(line, i, from, to);
    } else {
      const v = integerAt(line, from, to, FIELD_MAX[i]);
      if (v !== v) {
        return `${AVAZU_COLUMNS[i]} must be an integer, found ${show(line, from, to)}`;
      }
      values[i] = v;
    }
  }
  scanned.laneA = a;
  scanned.laneB = b;
  scanned.length = len;
  scanned.epochHour = epochHour;
  scanned.click = click;
  scanned.ascii = ascii;
  return null;
}
