// The orders that first pages computed, kept for the pages after them. A page of a
// ranking needs the best offset+limit of every stored creator, so each page used to
// scan the whole index again: paging through 100,000 creators twenty at a time cost a
// full ranking per page. A first page now keeps its order a few pages deeper than it
// shows (index slots only, 4 bytes a creator), and a cursor page explains its own
// slots from that order: no scan.
//
// An order is only valid for the index it was ranked over (slots are positions in
// it), so the orders live in a WeakMap keyed by the index object: when a refresh
// replaces the index, its orders go with it and the next page ranks over the new one.
// The key is everything else a ranking depends on: the campaign as the engine reads
// it (targeting, weights, merged filters, a name search's ids), the sort and the
// forecast model's version. What a page adds after ranking (names, existing matches)
// is read fresh for every page.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { CreatorIndex } from "../engine/creator-index.ts";
import type { RankSort } from "../engine/rank.ts";
import type { CampaignSpec } from "../engine/types.ts";

export type RankedOrder = { slots: Int32Array; total: number };

// Per index: the deepest order is 10,100 slots (40 KB); a first page's is 200 (800 B).
const MAX_BYTES_PER_INDEX = 16 * 1024 * 1024;
// An entry's key, typed array and LRU bookkeeping, counted on top of its slots; and a
// cap on entries, so that many narrow searches cannot keep millions of tiny orders.
const ENTRY_OVERHEAD_BYTES = 512;
export const MAX_ORDERS_PER_INDEX = 10_000;
// Bounds how long a cursor page may read an order the campaign's owner has long left.
const TTL_MS = 10 * 60_000;

const orders = new WeakMap<CreatorIndex, LRUCache<string, RankedOrder>>();

/** The ranking's identity apart from the index: campaign, sort and forecast model. */
export function rankedOrderKey(
  campaign: CampaignSpec,
  sort: RankSort,
  forecastModelVersion: number | null,
): string {
  return createHash("sha256")
    .update(JSON.stringify([campaign, sort, forecastModelVersion]))
    .digest("base64url");
}

export function getRankedOrder(index: CreatorIndex, key: string): RankedOrder | undefined {
  return orders.get(index)?.get(key);
}

export function keepRankedOrder(index: CreatorIndex, key: string, order: RankedOrder): void {
  let cache = orders.get(index);
  if (!cache) {
    cache = new LRUCache<string, RankedOrder>({
      maxSize: MAX_BYTES_PER_INDEX,
      // an entry also costs its key, the typed array and the cache's own bookkeeping:
      // many narrow searches with tiny orders must not pass for a few bytes each
      sizeCalculation: (o) => o.slots.byteLength + ENTRY_OVERHEAD_BYTES,
      max: MAX_ORDERS_PER_INDEX,
      ttl: TTL_MS,
    });
    orders.set(index, cache);
  }
  cache.set(key, order);
}

/**
 * The slots of the page `[offset, offset+limit)` when the kept order holds all of it:
 * it is deep enough, or it is the whole ranking (the last, short page).
 */
export function pageOfOrder(order: RankedOrder, offset: number, limit: number): RankedOrder | null {
  const complete = order.slots.length >= order.total;
  if (order.slots.length < offset + limit && !complete) return null;
  return { slots: order.slots.slice(offset, offset + limit), total: order.total };
}
