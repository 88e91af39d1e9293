// Dense ids for pairs of 32-bit integers, in typed arrays (open addressing, linear
// probing): the rollup sums look up a dozen keys per row, and JavaScript Maps keyed by
// the numbers those pairs make (beyond 2^31: heap numbers) cost a quarter of the
// import's CPU in lookups and garbage collection. No object is allocated per lookup.
const EMPTY = 0;

export class PairTable {
  /** Number of distinct pairs; ids are 0 .. size - 1 in order of first sight. */
  size = 0;
  /** The pairs by id. */
  a: Int32Array;
  b: Int32Array;
  /** id + 1 per slot, 0 when empty */
  private slots: Int32Array;
  private mask: number;

  constructor(initialSlots = 1024) {
    let n = 16;
    while (n < initialSlots) n *= 2;
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    this.a = new Int32Array(n >> 1);
    this.b = new Int32Array(n >> 1);
  }

  /** The id of (a, b), given a new one when first seen. */
  id(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = hash(a, b) & mask;
    for (;;) {
      const s = slots[i];
      if (s === EMPTY) break;
      if (this.a[s - 1] === a && this.b[s - 1] === b) return s - 1;
      i = (i + 1) & mask;
    }
    const id = this.size++;
    if (id >= this.a.length) {
      this.grow();
      return this.insertNew(a, b, id);
    }
    this.a[id] = a;
    this.b[id] = b;
    slots[i] = id + 1;
    this.onNew(id);
    return id;
  }

  /** Called with each new id: subclasses grow their own per-id arrays. */
  protected onNew(_id: number): void {}

  private insertNew(a: number, b: number, id: number): number {
    this.a[id] = a;
    this.b[id] = b;
    this.place(id);
    this.onNew(id);
    return id;
  }

  private place(id: number): void {
    let i = hash(this.a[id], this.b[id]) & this.mask;
    while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
    this.slots[i] = id + 1;
  }

  /** Twice the slots (load stays at most one half), the pairs re-placed. */
  private grow(): void {
    const n = this.slots.length * 2;
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    this.a = grown(this.a, n >> 1);
    this.b = grown(this.b, n >> 1);
    for (let id = 0; id < this.size - 1; id++) this.place(id);
  }
}

/** A PairTable that also counts impressions and clicks per pair. */
export class PairTally extends PairTable {
  impressions: Int32Array<ArrayBuffer> = new Int32Array(512);
  clicks: Int32Array<ArrayBuffer> = new Int32Array(512);

  add(a: number, b: number, click: number): void {
    const id = this.id(a, b);
    this.impressions[id]++;
    this.clicks[id] += click;
  }

  protected override onNew(id: number): void {
    if (id >= this.impressions.length) {
      this.impressions = grown(this.impressions, this.impressions.length * 2);
      this.clicks = grown(this.clicks, this.clicks.length * 2);
    }
  }
}

export function grown(from: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(length);
  to.set(from);
  return to;
}

function hash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2f, 0x9e3779b1) ^ Math.imul(b ^ 0x165667b1, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}
