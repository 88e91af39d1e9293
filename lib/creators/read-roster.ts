// Streams a roster JSONL file line by line, validating each line on its own so one
// bad line costs one creator, not the run. Shared by `npm run match` and the import.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parseCreatorRecord } from "../matching/engine/schemas.ts";
import type { CreatorRecord } from "../matching/engine/types.ts";

export type RosterLine =
  | { lineNumber: number; ok: true; record: CreatorRecord; rawId: string | number }
  | { lineNumber: number; ok: false; error: string };

export async function* readRosterStream(input: Readable): AsyncGenerator<RosterLine> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      yield { lineNumber, ok: false, error: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    const parsed = parseCreatorRecord(json);
    yield parsed.ok
      ? { lineNumber, ok: true, record: parsed.record, rawId: parsed.rawId }
      : { lineNumber, ok: false, error: parsed.error };
  }
}

export function readRosterFile(path: string): AsyncGenerator<RosterLine> {
  return readRosterStream(createReadStream(path, { encoding: "utf8" }));
}

// The moment a roster describes: the newest upload across its creators, so that a
// roster exported months ago (or dated ahead of this machine's clock) is judged as
// of its own snapshot. Uploads up to this machine's clock (plus a day for time zones)
// are taken as they are, however few creators there are. Beyond the clock, a single
// absurd future date is ignored: past the 99th percentile of creators' newest uploads
// by more than 30 days, that percentile wins.
export function rosterReferenceTime(latestPerCreator: readonly number[], fallback: Date): Date {
  const xs = latestPerCreator.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return fallback;
  const max = xs[xs.length - 1];
  if (max <= fallback.getTime() + DAY_MS) return new Date(max);
  const p99 = xs[Math.floor(0.99 * (xs.length - 1))];
  return new Date(max - p99 > 30 * DAY_MS ? p99 : max);
}

const DAY_MS = 86_400_000;
