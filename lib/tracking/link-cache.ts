// code -> link, in memory, so that the redirect reads nothing per request. Entries live
// `ttlMs` (a link's expiry set later reaches the redirect within that time); unknown
// codes are remembered too (`negativeTtlMs`), so a flood of bad codes costs one query
// per code and period. Both maps are bounded: the oldest entry goes first (a Map keeps
// insertion order). Concurrent misses for one code share one query.

export type CachedLink = {
  id: string;
  matchId: string;
  campaignId: string;
  creatorId: string;
  destinationUrl: string;
  expiresAt: Date | null;
};

type Entry = { link: CachedLink | null; until: number };

export type LinkCacheOptions = {
  load: (code: string) => Promise<CachedLink | null>;
  ttlMs?: number;
  negativeTtlMs?: number;
  maxEntries?: number;
  maxNegativeEntries?: number;
  now?: () => number;
};

export class LinkCache {
  private readonly found = new Map<string, Entry>();
  private readonly missing = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<CachedLink | null>>();
  private readonly ttlMs: number;
  private readonly negativeTtlMs: number;
  private readonly maxEntries: number;
  private readonly maxNegativeEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: LinkCacheOptions) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.negativeTtlMs = options.negativeTtlMs ?? 10_000;
    this.maxEntries = options.maxEntries ?? 100_000;
    this.maxNegativeEntries = options.maxNegativeEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The link, from memory when fresh; a synchronous answer on a hit. */
  get(code: string): CachedLink | null | Promise<CachedLink | null> {
    const now = this.now();
    const hit = this.found.get(code) ?? this.missing.get(code);
    if (hit && hit.until > now) return hit.link;
    const pending = this.loading.get(code);
    if (pending) return pending;
    const load = this.options.load(code).then(
      (link) => {
        this.loading.delete(code);
        this.remember(code, link);
        return link;
      },
      (error: unknown) => {
        this.loading.delete(code);
        throw error;
      },
    );
    this.loading.set(code, load);
    return load;
  }

  get size(): { found: number; missing: number } {
    return { found: this.found.size, missing: this.missing.size };
  }

  private remember(code: string, link: CachedLink | null): void {
    const [map, max, ttl] = link
      ? [this.found, this.maxEntries, this.ttlMs]
      : [this.missing, this.maxNegativeEntries, this.negativeTtlMs];
    this.found.delete(code);
    this.missing.delete(code);
    if (map.size >= max) map.delete(map.keys().next().value!);
    map.set(code, { link, until: this.now() + ttl });
  }
}
