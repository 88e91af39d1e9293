// Byte chunks of an Avazu log from a file, stdin or an upload, gunzipped when the
// first bytes say gzip (so `x.csv.gz`, `zcat`-less stdin and gzip uploads all work).
// `onBytes` counts the bytes as they arrive (compressed, for a gzip file), which is
// what a progress bar over the file size needs.
import { createGunzip } from "node:zlib";
import { Readable } from "node:stream";

export async function* decompressed(
  source: AsyncIterable<Uint8Array>,
  onBytes?: (n: number) => void,
): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = Buffer.from(first.value);
  onBytes?.(head.length);
  async function* raw(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      onBytes?.(r.value.length);
      yield Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    }
  }
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = Readable.from(raw()).pipe(createGunzip());
    for await (const chunk of gunzip) yield chunk as Buffer;
  } else {
    yield* raw();
  }
}
