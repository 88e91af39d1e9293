// The import: stream in, parse and check each line, write batches (write-batch.ts) on
// one connection while the next batch is being parsed. Holds at most two batches in
// memory, so memory stays flat whatever the file size. Used by the CLI
// (scripts/adstats/ingest.ts) and the admin upload route alike.
import { StringDecoder } from "node:string_decoder";
import type pg from "pg";
import { AVAZU_HEADER, MAX_LINE_CHARS } from "./columns.ts";
import { isoDay } from "./hour.ts";
import { decompressed } from "./open-input.ts";
import { parseAvazuLine } from "./parse-line.ts";
import { LineSplitter } from "./line-splitter.ts";
import { ensureDayPartitions } from "./partitions.ts";
import { writeBatch, type Batch } from "./write-batch.ts";
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
  /** Of rowsStored, rows already there (an earlier import, a re-run after a crash). */
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
  batchRows?: number;
  onProgress?: (p: IngestProgress) => void;
};

export const DEFAULT_BATCH_ROWS = 50_000;
const WRITERS = 2;

export class IngestError extends Error {}

function cleanRaw(line: string): string {
  // Postgres text cannot hold NUL
  return line.replaceAll("\0", "\uFFFD");
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

  // Two writers: while one connection's batch runs its insert-select and rollups,
  // the other's COPY is under way, so Postgres uses both cores and this process parses
  // the next batch in between. Batches may commit out of order; each is atomic.
  const lanes: { client: pg.PoolClient; busy: Promise<void> }[] = [];
  for (let i = 0; i < WRITERS; i++)
    lanes.push({ client: await pool.connect(), busy: Promise.resolve() });
  let batchNo = 0;
  let failure: unknown = null;
  let batch: Batch = { rows: [], days: new Set(), deadLetters: [] };
  let lastDayEpoch = -1;

  const write = async (client: pg.PoolClient, b: Batch) => {
    const valid = b.rows.length;
    await ensureDayPartitions(client, b.days);
    const r = await withRetries(async () => {
      await client.query("BEGIN");
      try {
        const res = await writeBatch(client, b);
        await client.query(
          `UPDATE adstats_imports SET rows_read = rows_read + $2, rows_inserted = rows_inserted + $3,
                  rows_duplicate = rows_duplicate + $4, rows_dead_lettered = rows_dead_lettered + $5
            WHERE id = $1`,
          [
            importId,
            valid + b.deadLetters.length,
            res.inserted,
            valid - res.inserted,
            b.deadLetters.length,
          ],
        );
        await client.query("COMMIT");
        return res;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    });
    progress.rowsInserted += r.inserted;
    progress.rowsDuplicate += valid - r.inserted;
    progress.rowsDeadLettered += b.deadLetters.length;
    options.onProgress?.({ ...progress });
  };

  /** Hands the batch to the next lane, first waiting for that lane's previous batch. */
  const flush = async (b: Batch) => {
    const lane = lanes[batchNo++ % WRITERS];
    await lane.busy;
    if (failure) throw failure;
    lane.busy = write(lane.client, b).catch((error: unknown) => {
      failure ??= error;
    });
  };
  const drain = async () => {
    await Promise.all(lanes.map((l) => l.busy));
    if (failure) throw failure;
  };

  const splitter = new LineSplitter((line, lineNo, oversized) => {
    if (lineNo === 1 && !headerChecked) {
      if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      headerChecked = true;
      if (line.startsWith("id,")) {
        if (line !== AVAZU_HEADER) {
          throw new IngestError(
            `unexpected header: ${line.slice(0, 200)} (expected ${AVAZU_HEADER})`,
          );
        }
        return;
      }
    }
    if (!oversized && line.trim() === "") {
      blankLines++;
      return;
    }
    progress.rowsRead++;
    const parsed = oversized
      ? ({ ok: false, reason: `line longer than ${MAX_LINE_CHARS} characters` } as const)
      : parseAvazuLine(line);
    if (parsed.ok) {
      batch.rows.push(parsed.copyRow);
      impressions++;
      clicks += parsed.click;
      // rows arrive mostly in time order: only a new day costs a date computation
      const dayEpoch = parsed.epochHour - (parsed.epochHour % 86_400);
      if (dayEpoch !== lastDayEpoch) {
        batch.days.add(isoDay(dayEpoch));
        lastDayEpoch = dayEpoch;
      }
    } else {
      batch.deadLetters.push({ source, lineNo, raw: cleanRaw(line), reason: parsed.reason });
    }
  }, MAX_LINE_CHARS);

  let status = "failed";
  try {
    const decoder = new StringDecoder("utf8");
    for await (const chunk of decompressed(input, (n) => (progress.bytesRead += n))) {
      splitter.push(decoder.write(chunk));
      if (batch.rows.length + batch.deadLetters.length >= batchRows) {
        const full = batch;
        batch = { rows: [], days: new Set(), deadLetters: [] };
        lastDayEpoch = -1;
        await flush(full);
      }
    }
    splitter.push(decoder.end());
    splitter.end();
    await flush(batch);
    await drain();
    status = "done";
  } finally {
    // let running batches end (commit or roll back) before the connections go back
    await Promise.all(lanes.map((l) => l.busy));
    for (const lane of lanes) lane.client.release();
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
