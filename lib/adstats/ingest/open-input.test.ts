// fileChunks reuses one buffer; decompressed must hand gunzip copies, since gunzip
// reads ahead of what it has inflated.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { decompressed, fileChunks } from "./open-input.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "open-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Copies each chunk before asking for the next, as ingest.ts is done with it by then. */
async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

// text-like and incompressible bytes, several read buffers long
const payload = Buffer.concat([
  Buffer.from("id,click,hour\n".repeat(200_000)),
  randomBytes(2_500_000),
]);

describe("fileChunks and decompressed", () => {
  it("reads a file of several chunks byte for byte", async () => {
    const file = path.join(dir, "plain.csv");
    writeFileSync(file, payload);
    expect((await collect(fileChunks(file))).equals(payload)).toBe(true);
    expect((await collect(decompressed(fileChunks(file)))).equals(payload)).toBe(true);
  });

  it("inflates a gzip file read into one reused buffer", async () => {
    const file = path.join(dir, "log.csv.gz");
    writeFileSync(file, gzipSync(payload));
    let bytes = 0;
    const out = await collect(decompressed(fileChunks(file), (n) => (bytes += n)));
    expect(out.equals(payload)).toBe(true);
    expect(bytes).toBe(gzipSync(payload).length);
  });

  it("tells the source when the reader stops early, plain or gzip", async () => {
    for (const bytes of [payload, gzipSync(payload)]) {
      let returned = 0;
      let at = 0;
      const source: AsyncIterable<Uint8Array> = {
        [Symbol.asyncIterator]: () => ({
          next: async () =>
            at < bytes.length
              ? { done: false, value: bytes.subarray(at, (at += 65_536)) }
              : { done: true, value: undefined },
          return: async () => {
            returned++;
            return { done: true, value: undefined };
          },
        }),
      };
      for await (const chunk of decompressed(source)) {
        expect(chunk.length).toBeGreaterThan(0);
        break;
      }
      // gunzip's side lets go of the source once its pipeline is torn down
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(returned).toBeGreaterThanOrEqual(1);
      expect(at).toBeLessThan(bytes.length);
    }
  });

  it("yields nothing for an empty file", async () => {
    const file = path.join(dir, "empty.csv");
    writeFileSync(file, "");
    expect((await collect(decompressed(fileChunks(file)))).length).toBe(0);
  });
});
