// Byte chunks of an Avazu log from a file, stdin or an upload, gunzipped when the
// first bytes say gzip (so `x.csv.gz`, `zcat`-less stdin and gzip uploads all work).
// `onBytes` counts the bytes as they arrive (compressed, for a gzip file), which is
// what a progress bar over the file size needs.
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const FILE_CHUNK_BYTES = 1 << 20;

/**
 * A file's bytes, read into one buffer over and over: each chunk is valid only until
 * the next is asked for (ingest.ts is done with a chunk by then; decompressed copies
 * what gunzip reads ahead). A fresh 1 MB buffer per read, as fs streams allocate,
 * counts as external memory for V8, which then runs full collections for it: measured
 * on a 2M-row file, ~0.8 s of the import's 6 s of CPU.
 */
export async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const file = await open(path);
  try {
    const buf = Buffer.allocUnsafe(FILE_CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await file.read(buf, 0, buf.length);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

export async function* decompressed(
  source: AsyncIterable<Uint8Array>,
  onBytes?: (n: number) => void,
): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  // however the reader stops (the end, a bad header, a failed batch), the source is
  // told, so that fileChunks closes its file
  try {
    const first = await it.next();
    if (first.done) return;
    const head = Buffer.from(first.value);
    onBytes?.(head.length);
    /** copy: for a reader that runs ahead (gunzip), as the source may reuse its buffer */
    async function* raw(copy: boolean): AsyncGenerator<Buffer> {
      yield head;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        onBytes?.(r.value.length);
        yield copy
          ? Buffer.from(r.value)
          : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
      }
    }
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
      const gunzip = createGunzip();
      // the source's errors reach the reader through gunzip; a reader that stops early
      // destroys gunzip, and pipeline then stops the source
      pipeline(Readable.from(raw(true)), gunzip).catch(() => undefined);
      for await (const chunk of gunzip) yield chunk as Buffer;
    } else {
      yield* raw(false);
    }
  } finally {
    await it.return?.();
  }
}
