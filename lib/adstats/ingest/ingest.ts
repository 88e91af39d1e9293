// The import: stream in, split, parse and check each line as it arrives
// (batch-builder.ts), and write full batches on two connections while the next one is
// being parsed: while one connection's COPY runs, the other's rollup upserts do, and
// this process parses in between; a third connection merges the site / app journal
// every few batches. Holds at most three batches in memory, so memory stays flat
// whatever the file size. Each batch is one transaction that first claims
// its segments (claim-segments.ts) and writes only those: exactly-once across
// re-imports and kills. Used by the CLI (scripts/adstats/ingest.ts) and the admin
// upload route alike.
import type pg from "pg";
import { BatchBuilder, SEGMENT_ROWS, type Batch } from "./batch-builder.ts";
import { claimSegments } from "./claim-segments.ts";
import { loadShortSegments, storedPrefixKeys, withoutStoredPrefix } from "./seams.ts";
import { reserveSegmentIds } from "./segment-ids.ts";
import { AVAZU_HEADER, MAX_LINE_CHARS } from "../columns.ts";
import { decompressed } from "./open-input.ts";
import { LineSplitter } from "./line-splitter.ts";
import { mergeEntityJournal } from "../rollups/merge-entity-journal.ts";
import { ensureDayPartitions } from "./partitions.ts";
import { MAX_BATCH_ROWS } from "../rollups/rollup-deltas.ts";
import { writeBatch, type WritableBatch } from "./write-batch.ts";
import { withRetries } from "./with-retries.ts";

export type IngestProgress = {
  bytesRead: number;
  rowsRead: number;
  rowsInserted: number;
  rowsDuplicate: number;
  rowsDeadLettered: number;
};

export type IngestResult = {
  importId: string;
  source: string;
  /** Data lines read (the header and blank lines are not rows). */
  rowsRead: number;
  /** Valid rows: now in adstats_events, inserted by this run or an earlier one. */
  rowsStored: number;
  /** Of rowsStored, rows this run added (0 on a re-import of the same file). */
  rowsInserted: number;
  /** Of rowsStored, rows already there: their segment was stored by an earlier import
   *  (of this file or of the same rows under another name, or a run killed mid-way). */
  rowsDuplicate: number;
  rowsDeadLettered: number;
  blankLines: number;
  /** Impressions and clicks of the valid rows of this file. */
  impressions: number;
  clicks: number;
  ctr: number;
  seconds: number;
};

export type IngestOptions = {
  /** Names the input in dead letters and the import log (file name, "stdin"). */
  source: string;
  /** Rows per batch (transaction), rounded to whole segments of SEGMENT_ROWS, at most
   *  MAX_BATCH_ROWS. */
  batchRows?: number;
  onProgress?: (p: IngestProgress) => void;
};

const BLANK_LINE = /^[ \t\r]*$/;

/** BLANK_LINE for bytes [from, to). */
function isBlank(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

// The largest batch (MAX_BATCH_ROWS): each batch sums its rollup deltas before they
// reach Postgres, so more rows per batch make fewer site / app deltas and cube rows.
// bench:ingest, 2M rows: 50,000 measured slower, 200,000 no faster (the batches' own
// statements and the last batch, written alone, grow); peak RSS ~250 MB (three batches
// in memory).
export const DEFAULT_BATCH_ROWS = 100_000;
const WRITERS = 2;
/** Batches committed between two merges of the site / app journal (rollup-upserts.ts):
 *  a merge costs about the same per journal row however many batches it takes (2, 4 and
 *  8 measured alike at 2M rows), and the last one, after the last batch, runs alone. */
const MERGE_EVERY = 4;

const SLICE_BYTES = 64 * 1024;

export class IngestError extends Error {}

type Lane = { client: pg.PoolClient; busy: Promise<void>; idle: boolean };

/**
 * What to write of a batch: all of it (a first import), none (a re-import) or, at the
 * edge of what a killed run committed, with segments another file shares or at the old
 * end of a file that grew (the rows after those stored: seams.ts), the claimed segments
 * (each key once), their rollups counted from the stored rows.
 */
function mine(b: Batch, claimed: Set<string>, storedPrefixes: Set<string>): WritableBatch {
  if (claimed.size === b.segments.length && storedPrefixes.size === 0) return b;
  const segments = b.segments
    .filter((s) => claimed.delete(s.key))
    .map((s) => withoutStoredPrefix(s, storedPrefixes));
  const ids = segments.map((s) => s.id);
  const [firstHour, lastHour] = b.deltas.hourRange();
  return { segments, deltas: { ids, firstHour, lastHour } };
}

export async function ingestAvazu(
  pool: pg.Pool,
  input: AsyncIterable<Uint8Array>,
  options: IngestOptions,
): Promise<IngestResult> {
  const started = performance.now();
  const { source } = options;
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const { rows: created } = await pool.query<{ id: string }>(
    `INSERT INTO adstats_imports (id, source) VALUES (gen_random_uuid(), $1) RETURNING id`,
    [source],
  );
  const importId = created[0].id;
  // A run of the same source that never finished was killed: say so.
  await pool.query(
    `UPDATE adstats_imports SET status = 'interrupted'
      WHERE source = $1 AND status = 'running' AND id <> $2`,
    [source, importId],
  );

  const progress: IngestProgress = {
    bytesRead: 0,
    rowsRead: 0,
    rowsInserted: 0,
    rowsDuplicate: 0,
    rowsDeadLettered: 0,
  };
  let impressions = 0;
  let clicks = 0;
  let blankLines = 0;
  let headerChecked = false;

  // Two writers: while one connection's batch runs its rollup upserts, the other's COPY
  // is under way. Batches may commit out of order; each is atomic. A third connection
  // merges the site / app journal meanwhile (it touches no table a batch writes): on a
  // writer, each merge held up the batches behind it (measured: ~3 s of 14 at 2M rows
  // with one core idle).
  const lanes: Lane[] = [];
  for (let i = 0; i < WRITERS; i++)
    lanes.push({ client: await pool.connect(), busy: Promise.resolve(), idle: true });
  const merger = await pool.connect();
  let merging: Promise<void> | null = null;
  let committed = 0;
  let failure: unknown = null;
  /** Starts a merge unless one is running (the next one then takes these rows too). */
  const startMerge = () => {
    if (merging) return;
    merging = mergeEntityJournal(merger)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => (merging = null));
  };
  const builder = new BatchBuilder(
    source,
    await reserveSegmentIds(pool),
    Math.min(MAX_BATCH_ROWS / SEGMENT_ROWS, Math.max(1, Math.round(batchRows / SEGMENT_ROWS))),
    await loadShortSegments(pool),
  );

  const write = async (client: pg.PoolClient, b: Batch) => {
    let valid = 0;
    let dead = 0;
    for (const s of b.segments) {
      valid += s.validRows;
      dead += s.deadLetters.length;
    }
    await ensureDayPartitions(client, b.days);
    const inserted = await withRetries(async () => {
      await client.query("BEGIN");
      try {
        const claimed = await claimSegments(client, importId, b.segments);
        const prefixed = b.segments.filter((s) => s.prefixes && claimed.has(s.key));
        const stored = await storedPrefixKeys(client, importId, prefixed);
        const n = await writeBatch(client, mine(b, claimed, stored));
        await client.query(
          `UPDATE adstats_imports SET rows_read = rows_read + $2, rows_inserted = rows_inserted + $3,
                  rows_duplicate = rows_duplicate + $4, rows_dead_lettered = rows_dead_lettered + $5
            WHERE id = $1`,
          [importId, valid + dead, n, valid - n, dead],
        );
        await client.query("COMMIT");
        return n;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    });
    // committed: the COPY has sent every byte, its buffers can take new segments
    builder.recycle(b);
    progress.rowsInserted += inserted;
    progress.rowsDuplicate += valid - inserted;
    progress.rowsDeadLettered += dead;
    options.onProgress?.({ ...progress });
    if (++committed % MERGE_EVERY === 0) startMerge();
  };

  /** Hands the batch to the first lane free, waiting for one if both are writing. */
  const flush = async (b: Batch) => {
    let lane = lanes.find((l) => l.idle);
    while (!lane) {
      await Promise.race(lanes.map((l) => l.busy));
      lane = lanes.find((l) => l.idle);
    }
    if (failure) throw failure;
    const taken = lane;
    taken.idle = false;
    taken.busy = write(taken.client, b)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => (taken.idle = true));
  };
  const drain = async () => {
    await Promise.all(lanes.map((l) => l.busy));
    await merging;
    if (failure) throw failure;
  };

  const addRow = (click: number) => {
    progress.rowsRead++;
    if (click >= 0) {
      impressions++;
      clicks += click;
    }
  };
  const addText = (text: string, lineNo: number, oversized: boolean) => {
    let line = text;
    if (lineNo === 1 && !headerChecked) {
      if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      headerChecked = true;
      if (/^\s*id\s*,/.test(line)) {
        // the names as written, spaces around them aside (a spreadsheet's "id, click")
        if (
          line
            .split(",")
            .map((name) => name.trim())
            .join(",") !== AVAZU_HEADER
        ) {
          throw new IngestError(
            `unexpected header: ${line.slice(0, 200)} (expected ${AVAZU_HEADER})`,
          );
        }
        return;
      }
    }
    // blank: spaces, tabs and carriage returns only. JavaScript's trim() also drops
    // U+FEFF and U+00A0, and a stray byte-order mark is a line that was not written
    // blank: it is a row, dead-lettered like any malformed one.
    if (!oversized && BLANK_LINE.test(line)) {
      blankLines++;
      return;
    }
    addRow(builder.add(line, lineNo, oversized));
  };
  const splitter = new LineSplitter(
    {
      // a line as it arrived (the usual case: no decoding, no string)
      bytes: (bytes, from, to, lineNo) => {
        if (lineNo === 1 && !headerChecked) {
          addText(bytes.toString("utf8", from, to), lineNo, false);
        } else if (isBlank(bytes, from, to)) {
          blankLines++;
        } else {
          addRow(builder.addBytes(bytes, from, to, lineNo));
        }
      },
      // a line longer than MAX_LINE_CHARS bytes
      text: addText,
    },
    MAX_LINE_CHARS,
  );

  let status = "failed";
  try {
    for await (const chunk of decompressed(input, (n) => (progress.bytesRead += n))) {
      // parsed a slice at a time, letting the event loop run in between: the writers'
      // next statements go out as soon as Postgres answers, not after a whole 1 MB
      // chunk is parsed (20 ms, times seven round trips a batch)
      for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
        if (at > 0) await new Promise((resolve) => setImmediate(resolve));
        splitter.push(chunk.subarray(at, at + SLICE_BYTES));
        for (const b of builder.takeReady()) await flush(b);
      }
    }
    splitter.end();
    builder.finish();
    for (const b of builder.takeReady()) await flush(b);
    // merge what is committed while the last batches write (unless a merge runs): the
    // merge after them, which runs alone, then has fewer batches left
    startMerge();
    await drain();
    await mergeEntityJournal(merger);
    status = "done";
  } finally {
    // let running batches end (commit or roll back) before the connections go back
    await Promise.all([...lanes.map((l) => l.busy), merging]);
    for (const lane of lanes) lane.client.release();
    merger.release();
    await pool
      .query(`UPDATE adstats_imports SET status = $2, finished_at = now() WHERE id = $1`, [
        importId,
        status,
      ])
      .catch(() => undefined);
  }
  const rowsStored = progress.rowsInserted + progress.rowsDuplicate;
  return {
    importId,
    source,
    rowsRead: progress.rowsRead,
    rowsStored,
    rowsInserted: progress.rowsInserted,
    rowsDuplicate: progress.rowsDuplicate,
    rowsDeadLettered: progress.rowsDeadLettered,
    blankLines,
    impressions,
    clicks,
    ctr: impressions === 0 ? 0 : clicks / impressions,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
