// A batch's contribution to the rollups, summed in this process while the lines are
// parsed (a few typed-array lookups per row), then added to adstats_hourly (and the
// tables summing it) through one temporary table and three MERGE statements, and to the
// site / app journal as one row (rollup-upserts.ts): a 100,000-row batch becomes a few
// thousand rollup rows instead of a GROUP BY over the batch inside Postgres.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ParsedRow, scanned } from "../ingest/parse-line.ts";
import { BinaryArrayRow, ELEMENT } from "./binary-array-row.ts";
import {
  APPEND_ENTITIES,
  COLLECT_CUBE,
  CUBE_LOCK,
  MERGE_CUBE,
  COLLECT_FROM_EVENTS,
  RECOUNT_CUBE,
  RECOUNT_ENTITIES,
} from "./rollup-upserts.ts";
import { PairTable, PairTally } from "./pair-table.ts";

const HOUR = 3_600;
const DAY = 86_400;
export const MAX_BATCH_ROWS = 100_000;

/** The line just scanned, as parse-line.ts leaves it in `scanned`. */
type ScannedRow = Pick<typeof scanned, "isHex" | "hex" | "values" | "epochHour" | "click">;

const SITE_ID = 5;
const SITE_CATEGORY = 7;
const APP_ID = 8;
const APP_CATEGORY = 10;

/** 8 lowercase hex digits -> their value as an int32, else null. */
function hexValue(s: string): number | null {
  if (s.length !== 8) return null;
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return null;
    v = (v << 4) | d;
  }
  return v;
}

// Keys are pairs of small integers in typed-array tables (pair-table.ts): a text value
// (category, site, app) gets a per-batch id from its 8 hex digits read by the parser,
// a row's dimensions one id, and the cube and site / app sums are counted per
// (hour, dimensions) and (site or app of a day, dimensions). No string or object is
// made per row; a text value's string is sliced once, when first seen.
export class RollupDeltas {
  /** text ids: (hex value, 0) or (index in `strings`, 1) */
  private readonly texts = new PairTable();
  private readonly textValues: string[] = [];
  private readonly strings = new Map<string, number>();
  /** (device type << 16 | conn type, banner pos) */
  private readonly triples = new PairTable(64);
  /** (triple, site category) */
  private readonly tripleSc = new PairTable(256);
  /** dimensions: (tripleSc, app category) */
  private readonly dims = new PairTable();
  /** (site or app text id, day number * 2 + kind: 0 site, 1 app) */
  private readonly entityDays = new PairTable();
  /** (hour number, dimensions) -> tally */
  readonly hourly = new PairTally();
  /** (entity day, dimensions) -> tally */
  readonly entity = new PairTally(4096);

  /** A parsed row (parseAvazuLine): the slow path, for --retry. */
  add(row: ParsedRow): void {
    this.addIds(
      row.epochHour,
      row.click,
      row.deviceType,
      row.deviceConnType,
      row.bannerPos,
      this.textId(row.siteCategory),
      this.textId(row.appCategory),
      this.textId(row.siteId),
      this.textId(row.appId),
    );
  }

  /** The line just scanned (parse-line.ts scanAvazuLine / scanAvazuBytes; text(i): its
   *  field i as a string). */
  addScanned(s: ScannedRow, text: (i: number) => string): void {
    const { values } = s;
    this.addIds(
      s.epochHour,
      s.click,
      values[14],
      values[15],
      values[4],
      this.fieldId(s, SITE_CATEGORY, text),
      this.fieldId(s, APP_CATEGORY, text),
      this.fieldId(s, SITE_ID, text),
      this.fieldId(s, APP_ID, text),
    );
  }

  get size(): number {
    return this.hourly.size + this.entity.size;
  }

  private addIds(
    epochHour: number,
    click: number,
    dt: number,
    ct: number,
    bp: number,
    sc: number,
    ac: number,
    site: number,
    app: number,
  ): void {
    const triple = this.triples.id(((dt & 0xffff) << 16) | (ct & 0xffff), bp);
    const d = this.dims.id(this.tripleSc.id(triple, sc), ac);
    this.hourly.add(epochHour / HOUR, d, click);
    const day2 = ((epochHour / DAY) | 0) * 2;
    this.entity.add(this.entityDays.id(site, day2), d, click);
    this.entity.add(this.entityDays.id(app, day2 + 1), d, click);
  }

  private fieldId(s: ScannedRow, i: number, text: (i: number) => string): number {
    if (s.isHex[i] === 1) return this.hexId(s.hex[i], i, text);
    return this.textId(text(i));
  }

  /** The id of a text value of 8 hex digits: field i's text is only read when new. */
  private hexId(value: number, i: number, text: (i: number) => string): number {
    const before = this.texts.size;
    const id = this.texts.id(value, 0);
    if (this.texts.size > before) this.textValues.push(text(i));
    return id;
  }

  private textId(text: string): number {
    const hex = hexValue(text);
    if (hex !== null) return this.hexId(hex, 0, () => text);
    let n = this.strings.get(text);
    if (n === undefined) {
      n = this.strings.size;
      this.strings.set(text, n);
    }
    const before = this.texts.size;
    const id = this.texts.id(n, 1);
    if (this.texts.size > before) this.textValues.push(text);
    return id;
  }

  /** The cube's hours' range (epoch s). */
  hourRange(): [number, number] {
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < this.hourly.size; i++) {
      const hour = this.hourly.a[i] * HOUR;
      if (hour < first) first = hour;
      if (hour > last) last = hour;
    }
    return [first, last];
  }

  /** unnest's input for COLLECT_CUBE */
  hourlyColumns(): string[] {
    const cols = new Columns(8);
    const { hourly } = this;
    for (let i = 0; i < hourly.size; i++) {
      cols.add(0, hourly.a[i] * HOUR);
      this.dimValues(hourly.b[i]).forEach((v, k) => cols.add(1 + k, v));
      cols.add(6, hourly.impressions[i]);
      cols.add(7, hourly.clicks[i]);
    }
    return cols.literals();
  }

  /** APPEND_ENTITIES' input: one row of arrays (day, kind, entity id, DIMS, impressions,
   *  clicks), one element per (site or app of a day, dimensions). */
  entityCopy(): Buffer {
    const { entity, entityDays, textValues } = this;
    const n = entity.size;
    const row = new BinaryArrayRow(10);
    const dayOf = (i: number) => entityDays.b[entity.a[i]];
    row.array(ELEMENT.date, n);
    for (let i = 0; i < n; i++) row.date(dayOf(i) >> 1);
    row.array(ELEMENT.bpchar, n);
    for (let i = 0; i < n; i++) row.text(dayOf(i) & 1 ? "a" : "s");
    row.array(ELEMENT.text, n);
    for (let i = 0; i < n; i++) row.text(textValues[entityDays.a[entity.a[i]]]);
    const dims = Array.from({ length: n }, (_, i) => this.dimValues(entity.b[i]));
    const elements = [ELEMENT.int2, ELEMENT.int2, ELEMENT.int2, ELEMENT.text, ELEMENT.text];
    elements.forEach((element, k) => {
      row.array(element, n);
      for (const d of dims) {
        if (element === ELEMENT.text) row.text(d[k] as string);
        else row.int2(d[k] as number);
      }
    });
    row.array(ELEMENT.int8, n);
    for (let i = 0; i < n; i++) row.int8(entity.impressions[i]);
    row.array(ELEMENT.int8, n);
    for (let i = 0; i < n; i++) row.int8(entity.clicks[i]);
    return row.done();
  }

  /** dt, ct, bp, sc, ac of dimensions d */
  private dimValues(d: number): [number, number, number, string, string] {
    const tsc = this.dims.a[d];
    const triple = this.tripleSc.a[tsc];
    const dtct = this.triples.a[triple];
    return [
      dtct >> 16,
      (dtct << 16) >> 16,
      this.triples.b[triple],
      this.textValues[this.tripleSc.b[tsc]],
      this.textValues[this.dims.b[d]],
    ];
  }
}

/**
 * Postgres array literals, one per column, written here rather than by node-pg (which
 * escapes element by element: a tenth of the import's time). Every text value passed
 * the line checks (no quotes, backslashes, commas or control characters), so quoting
 * each one is enough.
 */
class Columns {
  private readonly cols: (string | number)[][];
  constructor(n: number) {
    this.cols = Array.from({ length: n }, () => []);
  }
  add(i: number, v: string | number): void {
    this.cols[i].push(v);
  }
  literals(): string[] {
    return this.cols.map((c) =>
      typeof c[0] === "string" ? `{"${c.join('","')}"}` : `{${c.join(",")}}`,
    );
  }
}

/** Rows just stored in a batch, to count from the table (the rare path: ingest.ts). */
export type StoredSegments = { ids: number[]; firstHour: number; lastHour: number };

/** Adds the deltas to the rollups, inside the caller's transaction. */
export async function upsertRollups(
  client: pg.ClientBase,
  deltas: RollupDeltas | StoredSegments,
): Promise<void> {
  let range: [number, number];
  if (deltas instanceof RollupDeltas) {
    if (deltas.entity.size > 0) {
      await pipeline(Readable.from([deltas.entityCopy()]), client.query(copyFrom(APPEND_ENTITIES)));
    }
    if (deltas.hourly.size === 0) return;
    await client.query(COLLECT_CUBE, deltas.hourlyColumns());
    range = deltas.hourRange();
  } else {
    // the rare path: it scans the batch's days, so it gets more than the pool's
    // statement timeout
    await client.query("SET LOCAL statement_timeout = '120s'");
    await client.query(COLLECT_FROM_EVENTS, [deltas.ids, deltas.firstHour, deltas.lastHour]);
    await client.query(RECOUNT_ENTITIES);
    await client.query(RECOUNT_CUBE);
    range = [deltas.firstHour, deltas.lastHour];
  }
  // the cube last: the other writer waits on this lock until this batch commits
  await client.query("SELECT pg_advisory_xact_lock($1)", [CUBE_LOCK]);
  for (const merge of MERGE_CUBE) await client.query(merge, range);
}
