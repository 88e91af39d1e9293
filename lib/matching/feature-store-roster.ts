// Imports a roster file (one creator per JSONL line, the format `npm run match`
// ranks) into the database: streamed with backpressure, each line validated with the
// engine's own schema, valid lines upserted in batches. A malformed line is reported
// with its line number and skipped; it never stops the import.
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import type pg from "pg";
import { importCreatorRecords } from "./feature-store-import.ts";
import { parseCreatorRecord } from "./schemas.ts";
import type { CreatorRecord } from "./types.ts";

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
  input: AsyncIterable<Buffer | string>,
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
  let lineNo = 0;

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
  const handle = (line: string) => {
    lineNo++;
    const text = lineNo === 1 ? line.replace(/^\uFEFF/, "") : line;
    if (text.trim() === "") return;
    result.read++;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      reject(`not JSON (${(error as Error).message})`);
      return;
    }
    const parsed = parseCreatorRecord(raw);
    if (!parsed.ok) {
      reject(parsed.error);
      return;
    }
    batch.push(parsed.record);
  };
  const reject = (error: string) => {
    result.rejected++;
    result.rejects.push({ line: lineNo, error });
  };

  const decoder = new StringDecoder("utf8");
  let rest = "";
  // Reading the next chunk waits for the database: memory stays at one batch.
  for await (const chunk of input) {
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    const text = rest + (typeof chunk === "string" ? chunk : decoder.write(chunk));
    const lines = text.split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      handle(line.endsWith("\r") ? line.slice(0, -1) : line);
      if (batch.length >= batchSize) await flush();
    }
    report();
  }
  rest += decoder.end();
  if (rest.length > 0) handle(rest.endsWith("\r") ? rest.slice(0, -1) : rest);
  await flush();
  report();
  return result;
}
