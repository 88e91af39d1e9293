// A generated log as a file's bytes: ~1 MB pieces (avazuChunks), or written to a stream
// honouring back-pressure, gzipped on request. Shared by gen:avazu, bench:ingest, the
// demo seed and the tests.
import { createGzip } from "node:zlib";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { generateAvazuLines, type GenerateOptions } from "./generate.ts";

const PIECE = 1 << 20;

/** The generated lines as ~1 MB pieces of a file, each ending with a line break. */
export function* avazuChunks(options: GenerateOptions): Generator<Buffer> {
  let buf: string[] = [];
  let size = 0;
  for (const line of generateAvazuLines(options)) {
    buf.push(line);
    size += line.length + 1;
    if (size >= PIECE) {
      yield Buffer.from(buf.join("\n") + "\n");
      buf = [];
      size = 0;
    }
  }
  if (buf.length > 0) yield Buffer.from(buf.join("\n") + "\n");
}

export async function writeAvazuFile(
  out: Writable,
  options: GenerateOptions & { gzip?: boolean },
): Promise<void> {
  const gzip = options.gzip ? createGzip() : null;
  const sink: Writable = gzip ?? out;
  const piped = gzip ? pipeline(gzip, out) : null;
  for (const piece of avazuChunks(options)) {
    if (!sink.write(piece)) await once(sink, "drain");
  }
  if (piped) {
    sink.end();
    await piped;
  } else if (out !== process.stdout) {
    out.end();
    await finished(out);
  }
}
