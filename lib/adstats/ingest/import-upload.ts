// An upload as an import: the request body (a web ReadableStream, CSV or gzip) is read
// chunk by chunk — never buffered whole — and bounded in size; progress goes back as
// NDJSON lines ({type:"progress",...}, then {type:"done",result} or {type:"error"}).
// Parsing runs per incoming chunk (≤ 64 KB, about a millisecond), between awaits, so
// the request thread is never held for long. Route: app/api/v1/adstats/imports.
import type pg from "pg";
import { log } from "../../log.ts";
import { ingestAvazu, IngestError } from "./ingest.ts";

export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

class TooLarge extends Error {}

async function* bounded(body: ReadableStream<Uint8Array>, max: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > max) throw new TooLarge(`upload larger than ${max} bytes`);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export function importUpload(
  pool: pg.Pool,
  body: ReadableStream<Uint8Array>,
  source: string,
  maxBytes = MAX_UPLOAD_BYTES,
): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  const send = (message: object) =>
    writer.write(encoder.encode(JSON.stringify(message) + "\n")).catch(() => undefined);
  void (async () => {
    try {
      const result = await ingestAvazu(pool, bounded(body, maxBytes), {
        source,
        onProgress: (p) => void send({ type: "progress", ...p }),
      });
      await send({ type: "done", result });
    } catch (error) {
      const known = error instanceof IngestError || error instanceof TooLarge;
      const gzip = isZlibError(error);
      if (!known && !gzip) log.error({ err: error, source }, "upload import failed");
      await send({
        type: "error",
        message: known
          ? (error as Error).message
          : gzip
            ? `The file is not valid gzip (${(error as Error).message}); batches stored before it stay, and importing the repaired file adds only the rest`
            : "The import failed",
      });
    } finally {
      await writer.close().catch(() => undefined);
    }
  })();
  return readable;
}

/** zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR: a corrupt or cut gzip stream). */
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("Z_");
}
