// A ranking's page as UTF-8 JSON, made where the ranking ran. A page of 50 explained
// results is about 240 KB of JSON: handed back as objects, the request thread paid for
// it three times (a structured clone of thousands of small objects, JSON.stringify,
// UTF-8 encoding) and its garbage collector once more — more CPU than the ranking
// itself. As bytes, it crosses threads as one copy and is written to the socket as is.
import type { RankResult } from "../engine/types.ts";

export type EncodedRankResult = {
  total: number;
  scanned: number;
  /** Creator ids of the results, in rank order. */
  ids: string[];
  /** The results' JSON objects, one after the other (see resultJsonOpen). */
  json: Uint8Array;
  /** Where each result's object ends in `json` (exclusive). */
  ends: number[];
  /** RankResult.order, when the ranking kept one. */
  order?: Int32Array;
};

export function encodeRankResult(result: RankResult): EncodedRankResult {
  const parts = result.results.map((r) => Buffer.from(JSON.stringify(r)));
  const ends: number[] = [];
  let at = 0;
  for (const p of parts) ends.push((at += p.length));
  return {
    total: result.total,
    scanned: result.scanned,
    ids: result.results.map((r) => r.id),
    json: Buffer.concat(parts, at),
    ends,
    ...(result.order ? { order: result.order } : {}),
  };
}

/**
 * The i-th result's JSON object without its closing brace, so that the caller can add
 * fields (`,"creator":…}`) without parsing it.
 */
export function resultJsonOpen(encoded: EncodedRankResult, i: number): Uint8Array {
  const start = i === 0 ? 0 : encoded.ends[i - 1];
  return encoded.json.subarray(start, encoded.ends[i] - 1);
}
