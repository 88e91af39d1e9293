// Writes a generated log to a stream in 1 MB pieces, honouring back-pressure, gzipped
// on request. Shared by gen:avazu, bench:ingest and the tests.
import { createGzip } from "node:zlib";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { generateAvazuLines, type GenerateOptions } from "./generate.ts";

export async function writeAvazuFile(
  out: Writable,
  options: GenerateOptions & { gzip?: boolean },
): Promise<void> {
  const gzip = options.gzip ? createGzip() : null;
  const sink: Writable = gzip ?? out;
  const piped = gzip ? pipeline(gzip, out) : null;
  let buf: string[] = [];
  let size = 0;
  for (const line of generateAvazuLines(options)) {
    buf.push(line);
    size += line.length + 1;
    if (size >= 1 << 20) {
      if (!sink.write(buf.join("\n") + "\n")) await once(sink, "drain");
      buf = [];
      size = 0;
    }
  }
  if (buf.length > 0) sink.write(buf.join("\n") + "\n");
  if (piped) {
    sink.end();
    await piped;
  } else if (out !== process.stdout) {
    out.end();
    await finished(out);
  }
}
