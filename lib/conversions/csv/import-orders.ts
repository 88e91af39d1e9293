// The CSV order import in two steps: a preview (parse, show the first rows and the
// errors, write nothing) and the import (an import row with counters the page polls,
// orders written in batches through recordConversions, so duplicates are counted and
// not stored again). Accounting: rows = inserted + duplicate + rejected, exactly.
import type pg from "pg";
import { AppError } from "../../errors.ts";
import { log } from "../../log.ts";
import type { Queryable } from "../../reporting/queryable.ts";
import { recordConversions } from "../record-conversions.ts";
import { CONVERSION_LIMITS, type OrderInput, type RowError } from "../schemas.ts";
import { parseOrdersCsv, type ParsedRow } from "./parse-orders-csv.ts";

const BATCH = 500;

export type CsvPreview = {
  rows: number;
  valid: number;
  rejected: number;
  /** Valid rows whose order (id and kind) an earlier row of the file already has: the
   *  import counts them as duplicates, as it does orders stored before. */
  repeated: number;
  /** The first of them, with the row they repeat. */
  repeats: { row: number; firstRow: number; orderId: string }[];
  sample: { row: number; order: OrderInput }[];
  errors: RowError[];
};

export async function previewOrdersCsv(text: string): Promise<CsvPreview> {
  const rows = await parsedOrThrow(text);
  const valid = rows.filter((r) => r.order);
  const firstRow = new Map<string, number>();
  const repeats: CsvPreview["repeats"] = [];
  let repeated = 0;
  for (const { row, order } of valid) {
    // the import's identity of an order (conversions: brand, order id, kind)
    const key = `${order!.kind}\u0000${order!.orderId}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row);
      continue;
    }
    repeated++;
    if (repeats.length < CONVERSION_LIMITS.previewRows) {
      repeats.push({ row, firstRow: first, orderId: order!.orderId });
    }
  }
  return {
    rows: rows.length,
    valid: valid.length,
    rejected: rows.length - valid.length,
    repeated,
    repeats,
    sample: valid
      .slice(0, CONVERSION_LIMITS.previewRows)
      .map((r) => ({ row: r.row, order: r.order! })),
    errors: rows.flatMap((r) => r.errors).slice(0, CONVERSION_LIMITS.storedErrors),
  };
}

export type ImportProgress = {
  id: string;
  fileName: string;
  status: "running" | "done" | "failed";
  rowsTotal: number;
  rowsProcessed: number;
  rowsInserted: number;
  rowsDuplicate: number;
  rowsRejected: number;
  errors: RowError[];
  createdAt: string;
  finishedAt: string | null;
};

/**
 * Parses the file (422 when the file as a whole is unusable), records the import and
 * starts writing it. `done` settles when the last batch is written; the route does not
 * wait for it (the page polls the counters), tests do.
 */
export async function startOrderImport(
  pool: pg.Pool,
  input: { brandId: string; userId: string; fileName: string; text: string },
): Promise<{ importId: string; done: Promise<void> }> {
  const rows = await parsedOrThrow(input.text);
  const { rows: created } = await pool.query(
    `INSERT INTO conversion_imports (id, brand_id, created_by_id, file_name, rows_total,
                                     rows_processed, rows_rejected, errors)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, 0, 0, '[]') RETURNING id`,
    [input.brandId, input.userId, input.fileName, rows.length],
  );
  const importId = created[0].id as string;
  const at = { row: rows[0]?.row ?? 2 };
  const done = writeImport(pool, input.brandId, importId, rows, at).catch(async (error) => {
    log.error({ err: error, importId }, "order import failed");
    await markStopped(pool, { importId, row: at.row }).catch(() => undefined);
  });
  return { importId, done };
}

/**
 * Marks one import, or every import started before a time, still running, as failed
 * where it stopped: at `row` (the file's row, header = row 1), else the row after those
 * processed (blank lines or a quoted line break put the real one a little further on).
 * The batches written stay, and a second import of the file adds only the rest (orders
 * already stored are recognised as duplicates).
 */
async function markStopped(
  db: Queryable,
  which: { importId: string; row: number } | { startedBefore: Date },
): Promise<number> {
  const one = "importId" in which;
  const { rowCount } = await db.query(
    `UPDATE conversion_imports
        SET status = 'failed', finished_at = now(),
            errors = errors || jsonb_build_array(jsonb_build_object(
              'row', coalesce($2::int, rows_processed + 2), 'field', '(import)', 'message', $4::text))
      WHERE status = 'running' AND (id = $1::uuid OR created_at < $3::timestamptz)`,
    [
      one ? which.importId : null,
      one ? which.row : null,
      one ? null : which.startedBefore,
      IMPORT_STOPPED,
    ],
  );
  return rowCount ?? 0;
}

/** An import runs in the web process for seconds (a file is at most 20,000 rows). */
export const STALLED_IMPORT_MINUTES = 15;

/**
 * Imports still "running" long after they started: the web process that ran them
 * stopped (a restart, a crash) before they finished. The worker's sweep marks them
 * failed where they stopped, so the page stops showing progress that will never come.
 */
export async function failStalledOrderImports(db: Queryable, now = new Date()): Promise<number> {
  return markStopped(db, {
    startedBefore: new Date(now.getTime() - STALLED_IMPORT_MINUTES * 60_000),
  });
}

const IMPORT_STOPPED =
  "The import stopped here on an error of ours; the rows before it are stored. Import the file again to add the rest (orders already stored count as duplicates).";

async function writeImport(
  db: Queryable,
  brandId: string,
  importId: string,
  rows: ParsedRow[],
  /** the file's row of the batch being written, for the failure's marker */
  progress: { row: number },
): Promise<void> {
  let storedErrors = 0;
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH);
    progress.row = batch[0]!.row;
    const orders = batch.flatMap((r) => (r.order ? [r.order] : []));
    const result = orders.length
      ? await recordConversions(db, brandId, "CSV", orders, importId)
      : { inserted: [], duplicateIndexes: [] };
    const errors = batch
      .flatMap((r) => r.errors)
      .slice(0, Math.max(0, CONVERSION_LIMITS.storedErrors - storedErrors));
    storedErrors += errors.length;
    await db.query(
      `UPDATE conversion_imports
          SET rows_processed = rows_processed + $2, rows_inserted = rows_inserted + $3,
              rows_duplicate = rows_duplicate + $4, rows_rejected = rows_rejected + $5,
              errors = errors || $6::jsonb
        WHERE id = $1`,
      [
        importId,
        batch.length,
        result.inserted.length,
        result.duplicateIndexes.length,
        batch.length - orders.length,
        JSON.stringify(errors),
      ],
    );
  }
  await db.query(
    `UPDATE conversion_imports SET status = 'done', finished_at = now() WHERE id = $1`,
    [importId],
  );
}

/** One import of the caller's brands (404 otherwise: ids of others cannot be probed). */
export async function getOrderImport(
  db: Queryable,
  brandIds: readonly string[] | "all",
  importId: string,
): Promise<ImportProgress | null> {
  const { rows } = await db.query(
    `SELECT id, file_name, status, rows_total, rows_processed, rows_inserted, rows_duplicate,
            rows_rejected, errors, created_at, finished_at
       FROM conversion_imports
      WHERE id = $1 AND ($2::boolean OR brand_id = ANY($3::uuid[]))`,
    [importId, brandIds === "all", brandIds === "all" ? [] : brandIds],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    fileName: r.file_name,
    status: r.status,
    rowsTotal: r.rows_total,
    rowsProcessed: r.rows_processed,
    rowsInserted: r.rows_inserted,
    rowsDuplicate: r.rows_duplicate,
    rowsRejected: r.rows_rejected,
    errors: r.errors,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

async function parsedOrThrow(text: string): Promise<ParsedRow[]> {
  const parsed = await parseOrdersCsv(text);
  if (parsed.fileError) {
    throw new AppError("validation_failed", parsed.fileError, { file: [parsed.fileError] });
  }
  return parsed.rows;
}
