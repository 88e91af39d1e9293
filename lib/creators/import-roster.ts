// Imports a roster file (one creator per JSONL line, the format `npm run match`
// ranks) into the database: read by the one roster reader (read-roster.ts, which
// `npm run match` uses too), valid lines upserted in batches. A malformed line is
// reported with its line number and skipped; it never stops the import.
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import type pg from "pg";
import { importCreatorRecords } from "./import-creator-records.ts";
import { readRosterStream } from "./read-roster.ts";
import type { CreatorRecord } from "../matching/engine/types.ts";

export type RosterReject = { line: number; error: string };

export type RosterImportProgress = {
  bytes: number;
  totalBytes: number | null;
  read: number;
  used: number;
  rejected: number;
};

export type RosterImportResult = {
  /** Non-blank lines read. */
  read: number;
  /** Lines imported. */
  used: number;
  rejected: number;
  rejects: RosterReject[];
  /** Channels created and updated (a repeated line counts once per batch it lands in). */
  created: number;
  updated: number;
};

export type RosterImportOptions = {
  batchSize?: number;
  now?: Date;
  totalBytes?: number;
  onProgress?: (p: RosterImportProgress) => void;
};

export async function importRosterFile(
  pool: pg.Pool,
  path: string,
  options: RosterImportOptions = {},
) {
  return importRosterStream(pool, createReadStream(path), options);
}

export async function importRosterStream(
  pool: pg.Pool,
  input: Readable,
  options: RosterImportOptions = {},
): Promise<RosterImportResult> {
  const batchSize = options.batchSize ?? 500;
  const result: RosterImportResult = {
    read: 0,
    used: 0,
    rejected: 0,
    rejects: [],
    created: 0,
    updated: 0,
  };
  let batch: CreatorRecord[] = [];
  let bytes = 0;
  input.on("data", (chunk: Buffer | string) => {
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
  });

  const report = () =>
    options.onProgress?.({
      bytes,
      totalBytes: options.totalBytes ?? null,
      read: result.read,
      used: result.used,
      rejected: result.rejected,
    });
  const flush = async () => {
    if (batch.length === 0) return;
    const r = await importCreatorRecords(pool, batch, { now: options.now });
    result.used += batch.length;
    result.created += r.created;
    result.updated += r.updated;
    batch = [];
    report();
  };

  // Waiting for the database pauses the reader: memory stays at about one batch.
  for await (const line of readRosterStream(input)) {
    result.read++;
    if (line.ok) batch.push(line.record);
    else {
      result.rejected++;
      result.rejects.push({ line: line.lineNumber, error: line.error });
    }
    if (batch.length >= batchSize) await flush();
    else if (result.read % batchSize === 0) report();
  }
  await flush();
  report();
  return result;
}
