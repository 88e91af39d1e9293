// A small seeded PRNG (sfc32, seeded through cyrb128) so that the demo data is the same
// on every machine and every run: Math.random and crypto would make tests and
// screenshots drift. Streams are derived from string keys ("creator:17"), so adding a
// table or changing how one entity is drawn does not reshuffle every other entity.

function cyrb128(key: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex4 = (x: number) => HEX[(x >>> 8) & 0xff] + HEX[x & 0xff];
const hex8 = (x: number) => hex4(x >>> 16) + hex4(x & 0xffff);
const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | null = null;

  constructor(key: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(key);
    // sfc32 needs a few rounds before weakly mixed seeds stop showing
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  normal(mean = 0, sd = 1): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return mean + sd * s;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return mean + sd * r * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(mu, sigma)): a multiplicative noise factor with median exp(mu). */
  logNormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 60) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Pick with relative weights (need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** k distinct items in random order (k clipped to the list length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const a = [...items];
    const n = Math.min(k, a.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (a.length - i));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, n);
  }

  /** A version-4-shaped UUID drawn from this stream, so reruns give the same ids. */
  uuid(): string {
    const a = this.uint32();
    const b = this.uint32();
    const c = this.uint32();
    const d = this.uint32();
    return (
      hex8(a) +
      "-" +
      hex4(b >>> 16) +
      "-" +
      hex4((b & 0x0fff) | 0x4000) +
      "-" +
      hex4(((c >>> 16) & 0x3fff) | 0x8000) +
      "-" +
      hex4(c & 0xffff) +
      hex8(d)
    );
  }

  /**
   * A UUIDv7 for time `ms` (RFC 9562: 48-bit Unix milliseconds, then random bits).
   * Ids handed out in increasing time are increasing, so bulk-loaded rows append to
   * the primary key's b-tree instead of splitting pages all over it.
   */
  uuidV7(ms: number): string {
    const hi = Math.floor(ms / 0x10000);
    const lo = ms & 0xffff;
    const b = this.uint32();
    const c = this.uint32();
    const d = this.uint32();
    return (
      hex8(hi) +
      "-" +
      hex4(lo) +
      "-" +
      hex4((b & 0x0fff) | 0x7000) +
      "-" +
      hex4(((c >>> 16) & 0x3fff) | 0x8000) +
      "-" +
      hex4(c & 0xffff) +
      hex8(d)
    );
  }

  /** A YouTube-style id: [A-Za-z0-9_-]{length}. */
  youtubeId(length: number): string {
    let s = "";
    for (let i = 0; i < length; i++) s += ID_ALPHABET[this.uint32() & 63];
    return s;
  }
}

export function rng(key: string): Rng {
  return new Rng(key);
}
