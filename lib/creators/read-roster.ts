// Streams a roster JSONL file line by line, validating each line on its own so one
// bad line costs one creator, not the run. Shared by `npm run match` and the import.
// Video ages are judged against a real now, never against the roster's newest upload:
// a roster of channels silent for months must look silent.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parseCreatorRecord, ROSTER_KEYS, unknownKeyNotes } from "../matching/engine/schemas.ts";
import { checkCreatorRecord } from "./check-creator-record.ts";
import type { CreatorRecord } from "../matching/engine/types.ts";

export type RosterLine =
  | {
      lineNumber: number;
      ok: true;
      record: CreatorRecord;
      rawId: string | number;
      // how a readable but irregular value was normalised
      notes: string[];
    }
  | { lineNumber: number; ok: false; error: string };

export type RosterReadOptions = {
  // the moment the roster is judged at: videos dated after it are impossible
  now?: Date;
};

// 1,000 videos with their statistics fit in well under this; a longer line is refused
// before it is parsed.
export const MAX_ROSTER_LINE_CHARS = 1_000_000;

export async function* readRosterStream(
  input: Readable,
  options: RosterReadOptions = {},
): AsyncGenerator<RosterLine> {
  const now = options.now ?? new Date();
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    if (line.length > MAX_ROSTER_LINE_CHARS) {
      yield {
        lineNumber,
        ok: false,
        error: `line too long (${line.length.toLocaleString("en-US")} characters; at most ${MAX_ROSTER_LINE_CHARS.toLocaleString("en-US")})`,
      };
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      yield { lineNumber, ok: false, error: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    const parsed = parseCreatorRecord(json);
    if (!parsed.ok) {
      yield { lineNumber, ok: false, error: parsed.error };
      continue;
    }
    const checked = checkCreatorRecord(parsed.record, now);
    yield checked.ok
      ? {
          lineNumber,
          ok: true,
          record: checked.record,
          rawId: parsed.rawId,
          notes: [...unknownKeyNotes(json, ROSTER_KEYS), ...checked.notes],
        }
      : { lineNumber, ok: false, error: checked.error };
  }
}

export function readRosterFile(
  path: string,
  options: RosterReadOptions = {},
): AsyncGenerator<RosterLine> {
  return readRosterStream(createReadStream(path, { encoding: "utf8" }), options);
}
