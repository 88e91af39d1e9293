// Columnar in-memory image of the feature store: one slot per creator in typed
// arrays, strings replaced by small dictionary ids (id 0 = none / unknown in every
// dictionary), audience shares packed into bytes. A ranking scans these arrays and
// never touches a per-creator object; at a million creators the scanned columns take
// about 60 MB.
import { normalizeCurrency } from "../../money.ts";
import { creatorStatics } from "./factors.ts";
import { districtIn, isDistrictKey, normalizeRegion, regionOfHome } from "./regions.ts";
import { MAX_CATEGORIES, normalizeCategories } from "./taxonomy.ts";
import { AGE_BUCKETS, PLATFORM_SLUGS, TIER_SLUGS, type CreatorFeatures } from "./types.ts";

export const AGE_LEN = AGE_BUCKETS.length;
export const CAT_SLOTS = MAX_CATEGORIES;
// Audience countries / regions beyond the largest few are too small to change a fit.
export const COUNTRY_SLOTS = 4;
export const REGION_SLOTS = 3;
export const SHARE_SCALE = 255;
export const NO_SUBSCRIBERS = 0xffffffff;

export const FLAG_AGE = 1;
export const FLAG_GENDER = 2;
export const FLAG_COUNTRIES = 4;
export const FLAG_REGIONS = 8;
export const FLAG_SUBS_HIDDEN = 16;
export const FLAG_RATE = 32;
export const FLAG_VERIFIED = 64;
export const FLAG_ESTIMATED = 128;

const MAX_DICT = 0xffff;

type SharedColumn = Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;

/** A CreatorIndex as posted to worker threads (CreatorIndex.toShared / fromShared). */
export type SharedCreatorIndex = {
  size: number;
  columns: Record<string, SharedColumn>;
  dicts: Record<string, { values: readonly string[]; max: number }>;
  idBytes: Uint8Array;
  idOffsets: Uint32Array;
};

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

type ColumnClass<T> = { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };

function sharedArray<T>(Ctor: ColumnClass<T>, length: number): T {
  return new Ctor(new SharedArrayBuffer(Math.max(1, length) * Ctor.BYTES_PER_ELEMENT));
}

function sharedCopy<T extends SharedColumn>(column: T): T {
  const Ctor = column.constructor as unknown as ColumnClass<T>;
  const copy = new Ctor(new SharedArrayBuffer(column.byteLength)) as T;
  (copy as Uint8Array).set(column as unknown as Uint8Array);
  return copy;
}

class Dict {
  readonly values: string[] = [""];
  private readonly ids = new Map<string, number>();
  constructor(readonly max: number) {}
  static from(values: readonly string[], max: number): Dict {
    const d = new Dict(max);
    for (let i = 1; i < values.length; i++) d.id(values[i]);
    return d;
  }
  id(v: string | null | undefined): number {
    if (v === null || v === undefined || v === "") return 0;
    let id = this.ids.get(v);
    if (id === undefined) {
      // Past the id space a value degrades to "unknown" rather than failing a refresh.
      if (this.values.length >= this.max) return 0;
      id = this.values.length;
      this.values.push(v);
      this.ids.set(v, id);
    }
    return id;
  }
}

function quantizeShare(s: number): number {
  return Math.round((s > 1 ? 1 : s > 0 ? s : 0) * SHARE_SCALE);
}

function toF32(x: number): number {
  return Math.fround(Number.isFinite(x) ? x : 0);
}

const upperCase = (k: string): string | null => k.trim().toUpperCase() || null;

// The k largest shares (ties by key; duplicate keys after normalising add up) in
// 1/255 steps, dropping those that round to 0; null when none is left. A single pass
// with a k-slot insertion list: this runs for every creator of an index build.
function packTopShares(
  raw: Record<string, number> | null | undefined,
  k: number,
  normalizeKey: (key: string) => string | null,
): Record<string, number> | null {
  if (!raw) return null;
  let merged: Record<string, number> | null = null;
  const keys: string[] = [];
  const shares: number[] = [];
  for (const rawKey in raw) {
    const key = normalizeKey(rawKey);
    const v = raw[rawKey];
    if (key === null || !(v > 0)) continue;
    if (merged === null) merged = {};
    merged[key] = (merged[key] ?? 0) + v;
  }
  if (merged === null) return null;
  for (const key in merged) {
    const v = merged[key];
    let pos = keys.length;
    while (pos > 0 && (shares[pos - 1] < v || (shares[pos - 1] === v && keys[pos - 1] > key)))
      pos--;
    if (pos >= k) continue;
    keys.splice(pos, 0, key);
    shares.splice(pos, 0, v);
    if (keys.length > k) {
      keys.pop();
      shares.pop();
    }
  }
  let out: Record<string, number> | null = null;
  for (let j = 0; j < keys.length; j++) {
    const q = quantizeShare(shares[j]);
    if (q === 0) continue;
    if (out === null) out = {};
    out[keys[j]] = q / SHARE_SCALE;
  }
  return out;
}

// The features exactly as the index stores them: float32 statistics, shares in
// 1/255 steps, the largest few audience countries, normalised names. Scoring this
// gives bit-identical numbers to scoring the index slot.
export function toIndexPrecision(f: CreatorFeatures): CreatorFeatures {
  let age: number[] = [];
  if (f.audienceAge.length === AGE_LEN) {
    age = new Array<number>(AGE_LEN);
    for (let b = 0; b < AGE_LEN; b++) age[b] = quantizeShare(f.audienceAge[b]) / SHARE_SCALE;
  }
  let gender: number[] = [];
  if (f.audienceGender.length === 2) {
    const sum = f.audienceGender[0] + f.audienceGender[1];
    if (sum > 0) {
      const fb = quantizeShare(f.audienceGender[0] / sum);
      gender = [fb / SHARE_SCALE, (SHARE_SCALE - fb) / SHARE_SCALE];
    }
  }
  const countries = packTopShares(f.audienceCountries, COUNTRY_SLOTS, upperCase);
  const regions = f.audienceRegions
    ? packTopShares(f.audienceRegions, REGION_SLOTS, normalizeRegion)
    : null;
  const subs =
    f.subscribers !== null && Number.isFinite(f.subscribers) && f.subscribers >= 0
      ? Math.min(Math.round(f.subscribers), NO_SUBSCRIBERS - 1)
      : null;
  const rate =
    f.ratePerVideo !== null && Number.isFinite(f.ratePerVideo) && f.ratePerVideo >= 0
      ? f.ratePerVideo
      : null;
  const country = f.country ? f.country.trim().toUpperCase() : null;
  const region = normalizeRegion(f.region);
  const district = districtIn(f.district, region);
  const out: CreatorFeatures = {
    id: f.id,
    platform: f.platform,
    tier: f.tier,
    subscribers: subs,
    subscribersHidden: f.subscribersHidden,
    videoCount: Math.max(0, Math.min(Math.round(f.videoCount), 0xffffffff)),
    medianViews: toF32(f.medianViews),
    viewsP25: toF32(f.viewsP25),
    viewsP75: toF32(f.viewsP75),
    engagementRate: toF32(f.engagementRate),
    likeRate: toF32(f.likeRate),
    commentRate: toF32(f.commentRate),
    shareRate: toF32(f.shareRate),
    uploadsPer30d: toF32(f.uploadsPer30d),
    daysSinceLastVideo:
      f.daysSinceLastVideo === null || !Number.isFinite(f.daysSinceLastVideo)
        ? null
        : Math.fround(f.daysSinceLastVideo),
    categories:
      f.categories.length === 0 ? [] : normalizeCategories(f.categories).slice(0, CAT_SLOTS),
    region,
    country: country === "" ? null : country,
    ratePerVideo: rate,
    currency: normalizeCurrency(f.currency),
    audienceAge: age,
    audienceGender: gender,
    audienceCountries: countries,
    audienceSource: f.audienceSource,
  };
  if (regions !== null) out.audienceRegions = regions;
  if (district !== null) out.district = district;
  return out;
}

export class CreatorIndex {
  readonly size: number;
  readonly ids: string[];
  // hot columns: read by every scan
  readonly platform: Uint8Array;
  readonly tier: Uint8Array;
  // tier by median views: what norms and view multipliers use
  readonly perfTier: Uint8Array;
  readonly flags: Uint8Array;
  readonly subscribers: Uint32Array;
  readonly cats: Uint16Array;
  // where the creator is based: a region, or a district key ("Seoul:강남구") when known
  readonly region: Uint16Array;
  readonly country: Uint16Array;
  readonly age: Uint8Array;
  readonly female: Uint8Array;
  readonly countryIds: Uint16Array;
  readonly countryShares: Uint8Array;
  // empty when no creator has measured audience regions
  readonly regionIds: Uint16Array;
  readonly regionShares: Uint8Array;
  readonly log10EffectiveViews: Float32Array;
  readonly engagementScore: Float32Array;
  readonly rate: Float64Array;
  readonly currency: Uint8Array;
  // position of the id in sorted order: ties in score go to the smaller id
  readonly idRank: Uint32Array;
  // cold columns: only read to explain the returned creators
  readonly videoCount: Uint32Array;
  readonly medianViews: Float32Array;
  readonly viewsP25: Float32Array;
  readonly viewsP75: Float32Array;
  readonly engagementRate: Float32Array;
  readonly likeRate: Float32Array;
  readonly commentRate: Float32Array;
  readonly shareRate: Float32Array;
  readonly uploadsPer30d: Float32Array;
  readonly daysSinceLastVideo: Float32Array;
  // dictionaries (append-only, so patching a slot never invalidates an id)
  private readonly categoryNames = new Dict(MAX_DICT);
  private readonly regionNames = new Dict(MAX_DICT);
  private readonly countryNames = new Dict(MAX_DICT);
  private readonly currencyNames = new Dict(0xff);
  private readonly byId: Uint32Array;
  private sharedImage: SharedCreatorIndex | undefined;

  // value of each dictionary id; id 0 = none
  get categoryDict(): readonly string[] {
    return this.categoryNames.values;
  }
  // regions (measured audience slots) and creators' homes (the region column): a home is
  // a district key ("Seoul:강남구") when the district is known, else its region
  get regionDict(): readonly string[] {
    return this.regionNames.values;
  }
  get countryDict(): readonly string[] {
    return this.countryNames.values;
  }
  get currencyDict(): readonly string[] {
    return this.currencyNames.values;
  }

  private constructor(n: number, hasRegions: boolean) {
    this.size = n;
    this.ids = new Array<string>(n);
    this.platform = new Uint8Array(n);
    this.tier = new Uint8Array(n);
    this.perfTier = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.subscribers = new Uint32Array(n);
    this.cats = new Uint16Array(n * CAT_SLOTS);
    this.region = new Uint16Array(n);
    this.country = new Uint16Array(n);
    this.age = new Uint8Array(n * AGE_LEN);
    this.female = new Uint8Array(n);
    this.countryIds = new Uint16Array(n * COUNTRY_SLOTS);
    this.countryShares = new Uint8Array(n * COUNTRY_SLOTS);
    this.regionIds = new Uint16Array(hasRegions ? n * REGION_SLOTS : 0);
    this.regionShares = new Uint8Array(hasRegions ? n * REGION_SLOTS : 0);
    this.log10EffectiveViews = new Float32Array(n);
    this.engagementScore = new Float32Array(n);
    this.rate = new Float64Array(n);
    this.currency = new Uint8Array(n);
    this.idRank = new Uint32Array(n);
    this.videoCount = new Uint32Array(n);
    this.medianViews = new Float32Array(n);
    this.viewsP25 = new Float32Array(n);
    this.viewsP75 = new Float32Array(n);
    this.engagementRate = new Float32Array(n);
    this.likeRate = new Float32Array(n);
    this.commentRate = new Float32Array(n);
    this.shareRate = new Float32Array(n);
    this.uploadsPer30d = new Float32Array(n);
    this.daysSinceLastVideo = new Float32Array(n);
    this.byId = new Uint32Array(n);
  }

  static build(features: readonly CreatorFeatures[]): CreatorIndex {
    const n = features.length;
    const hasRegions = features.some((f) => f.audienceRegions != null);
    const ix = new CreatorIndex(n, hasRegions);
    for (let i = 0; i < n; i++) {
      ix.ids[i] = features[i].id;
      ix.setSlot(i, toIndexPrecision(features[i]));
    }
    // Code-unit order, not locale order: the same on every machine.
    const order = Array.from({ length: n }, (_, i) => i);
    const ids = ix.ids;
    order.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
    for (let r = 0; r < n; r++) {
      ix.idRank[order[r]] = r;
      ix.byId[r] = order[r];
    }
    return ix;
  }

  // Rewrites slot i in place with new features of the same creator, so a refresh of a
  // few changed rows does not rebuild the index. Returns false when it cannot (another
  // id, measured audience regions in an index built without them, or an index already
  // copied for worker threads): rebuild then.
  patch(i: number, features: CreatorFeatures): boolean {
    if (i < 0 || i >= this.size || this.ids[i] !== features.id) return false;
    if (features.audienceRegions != null && this.regionIds.length === 0) return false;
    // worker threads rank a copy (toShared), cached by index: they would not see it
    if (this.sharedImage) return false;
    this.setSlot(i, toIndexPrecision(features));
    return true;
  }

  private setSlot(i: number, f: CreatorFeatures): void {
    this.platform[i] = PLATFORM_SLUGS.indexOf(f.platform);
    this.tier[i] = TIER_SLUGS.indexOf(f.tier);
    let flags = 0;
    this.subscribers[i] = f.subscribers === null ? NO_SUBSCRIBERS : f.subscribers;
    if (f.subscribersHidden) flags |= FLAG_SUBS_HIDDEN;
    const co = i * CAT_SLOTS;
    for (let k = 0; k < CAT_SLOTS; k++) {
      this.cats[co + k] = k < f.categories.length ? this.categoryNames.id(f.categories[k]) : 0;
    }
    this.region[i] = this.regionNames.id(f.district ?? f.region);
    this.country[i] = this.countryNames.id(f.country);
    const ao = i * AGE_LEN;
    if (f.audienceAge.length === AGE_LEN) {
      flags |= FLAG_AGE;
      for (let b = 0; b < AGE_LEN; b++) this.age[ao + b] = quantizeShare(f.audienceAge[b]);
    } else {
      this.age.fill(0, ao, ao + AGE_LEN);
    }
    if (f.audienceGender.length === 2) {
      flags |= FLAG_GENDER;
      this.female[i] = quantizeShare(f.audienceGender[0]);
    } else {
      this.female[i] = 0;
    }
    const cso = i * COUNTRY_SLOTS;
    this.countryIds.fill(0, cso, cso + COUNTRY_SLOTS);
    this.countryShares.fill(0, cso, cso + COUNTRY_SLOTS);
    if (f.audienceCountries) {
      flags |= FLAG_COUNTRIES;
      let k = 0;
      for (const c in f.audienceCountries) {
        this.countryIds[cso + k] = this.countryNames.id(c);
        this.countryShares[cso + k] = quantizeShare(f.audienceCountries[c]);
        k++;
      }
    }
    if (this.regionIds.length > 0) {
      const rso = i * REGION_SLOTS;
      this.regionIds.fill(0, rso, rso + REGION_SLOTS);
      this.regionShares.fill(0, rso, rso + REGION_SLOTS);
      if (f.audienceRegions) {
        flags |= FLAG_REGIONS;
        let k = 0;
        for (const r in f.audienceRegions) {
          this.regionIds[rso + k] = this.regionNames.id(r);
          this.regionShares[rso + k] = quantizeShare(f.audienceRegions[r]);
          k++;
        }
      }
    }
    if (f.ratePerVideo !== null) flags |= FLAG_RATE;
    if (f.audienceSource === "verified") flags |= FLAG_VERIFIED;
    if (f.audienceSource === "estimated") flags |= FLAG_ESTIMATED;
    this.flags[i] = flags;
    this.rate[i] = f.ratePerVideo === null ? NaN : f.ratePerVideo;
    this.currency[i] = this.currencyNames.id(f.currency);
    const st = creatorStatics(f);
    this.perfTier[i] = TIER_SLUGS.indexOf(st.performanceTier);
    this.log10EffectiveViews[i] = st.log10EffectiveViews;
    this.engagementScore[i] = st.engagementScore;
    this.videoCount[i] = f.videoCount;
    this.medianViews[i] = f.medianViews;
    this.viewsP25[i] = f.viewsP25;
    this.viewsP75[i] = f.viewsP75;
    this.engagementRate[i] = f.engagementRate;
    this.likeRate[i] = f.likeRate;
    this.commentRate[i] = f.commentRate;
    this.shareRate[i] = f.shareRate;
    this.uploadsPer30d[i] = f.uploadsPer30d;
    this.daysSinceLastVideo[i] = f.daysSinceLastVideo === null ? NaN : f.daysSinceLastVideo;
  }

  // Every slot holding `id` (an id may appear once per platform in a roster).
  slotsOf(id: string): number[] {
    const ids = this.ids;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[this.byId[mid]] < id) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let r = lo; r < this.size && ids[this.byId[r]] === id; r++) out.push(this.byId[r]);
    return out;
  }

  // The stored features of slot i, as toIndexPrecision gave them.
  featuresAt(i: number): CreatorFeatures {
    const flags = this.flags[i];
    const categories: string[] = [];
    for (let k = 0; k < CAT_SLOTS; k++) {
      const c = this.cats[i * CAT_SLOTS + k];
      if (c !== 0) categories.push(this.categoryDict[c]);
    }
    const unpack = (
      ids: Uint16Array,
      shares: Uint8Array,
      slots: number,
      dict: readonly string[],
    ) => {
      const out: Record<string, number> = {};
      for (let k = 0; k < slots; k++) {
        const s = shares[i * slots + k];
        if (s > 0) out[dict[ids[i * slots + k]]] = s / SHARE_SCALE;
      }
      return out;
    };
    const subs = this.subscribers[i];
    const days = this.daysSinceLastVideo[i];
    const fb = this.female[i];
    const f: CreatorFeatures = {
      id: this.ids[i],
      platform: PLATFORM_SLUGS[this.platform[i]],
      tier: TIER_SLUGS[this.tier[i]],
      subscribers: subs === NO_SUBSCRIBERS ? null : subs,
      subscribersHidden: (flags & FLAG_SUBS_HIDDEN) !== 0,
      videoCount: this.videoCount[i],
      medianViews: this.medianViews[i],
      viewsP25: this.viewsP25[i],
      viewsP75: this.viewsP75[i],
      engagementRate: this.engagementRate[i],
      likeRate: this.likeRate[i],
      commentRate: this.commentRate[i],
      shareRate: this.shareRate[i],
      uploadsPer30d: this.uploadsPer30d[i],
      daysSinceLastVideo: Number.isNaN(days) ? null : days,
      categories,
      region: this.region[i] === 0 ? null : regionOfHome(this.regionDict[this.region[i]]),
      country: this.country[i] === 0 ? null : this.countryDict[this.country[i]],
      ratePerVideo: (flags & FLAG_RATE) !== 0 ? this.rate[i] : null,
      currency: this.currencyDict[this.currency[i]],
      audienceAge:
        (flags & FLAG_AGE) !== 0
          ? Array.from(this.age.subarray(i * AGE_LEN, (i + 1) * AGE_LEN), (b) => b / SHARE_SCALE)
          : [],
      audienceGender:
        (flags & FLAG_GENDER) !== 0 ? [fb / SHARE_SCALE, (SHARE_SCALE - fb) / SHARE_SCALE] : [],
      audienceCountries:
        (flags & FLAG_COUNTRIES) !== 0
          ? unpack(this.countryIds, this.countryShares, COUNTRY_SLOTS, this.countryDict)
          : null,
      audienceSource:
        (flags & FLAG_VERIFIED) !== 0
          ? "verified"
          : (flags & FLAG_ESTIMATED) !== 0
            ? "estimated"
            : null,
    };
    if ((flags & FLAG_REGIONS) !== 0) {
      f.audienceRegions = unpack(this.regionIds, this.regionShares, REGION_SLOTS, this.regionDict);
    }
    const home = this.region[i] === 0 ? null : this.regionDict[this.region[i]];
    if (home !== null && isDistrictKey(home)) f.district = home;
    return f;
  }

  /**
   * The index in shared memory, for worker threads: every column copied once into a
   * SharedArrayBuffer (memoised per index), the ids as UTF-8 bytes with offsets, the
   * dictionaries as plain lists. Posting it to a worker shares the columns instead of
   * copying them; fromShared rebuilds an index over the same memory.
   */
  toShared(): SharedCreatorIndex {
    if (this.sharedImage) return this.sharedImage;
    const columns: Record<string, SharedColumn> = {};
    const dicts: Record<string, { values: readonly string[]; max: number }> = {};
    for (const [key, value] of Object.entries(this)) {
      if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        columns[key] = sharedCopy(value as SharedColumn);
      } else if (value instanceof Dict) {
        dicts[key] = { values: [...value.values], max: value.max };
      }
    }
    const encoded = this.ids.map((id) => utf8.encode(id));
    const idOffsets = sharedArray(Uint32Array, this.size + 1);
    for (let i = 0; i < this.size; i++) idOffsets[i + 1] = idOffsets[i] + encoded[i].length;
    const idBytes = sharedArray(Uint8Array, idOffsets[this.size]);
    for (let i = 0; i < this.size; i++) idBytes.set(encoded[i], idOffsets[i]);
    this.sharedImage = { size: this.size, columns, dicts, idBytes, idOffsets };
    return this.sharedImage;
  }

  /** `ids`, when the sender has them as strings, spares decoding them from the bytes. */
  static fromShared(image: SharedCreatorIndex, knownIds?: string[]): CreatorIndex {
    const ix = Object.create(CreatorIndex.prototype) as CreatorIndex;
    const fields = ix as unknown as Record<string, unknown>;
    Object.assign(fields, image.columns);
    for (const [key, d] of Object.entries(image.dicts)) fields[key] = Dict.from(d.values, d.max);
    const ids = knownIds ?? new Array<string>(image.size);
    for (let i = 0; !knownIds && i < image.size; i++) {
      ids[i] = utf8Decoder.decode(
        image.idBytes.subarray(image.idOffsets[i], image.idOffsets[i + 1]),
      );
    }
    fields.size = image.size;
    fields.ids = ids;
    fields.sharedImage = image;
    return ix;
  }
}
