// Seeded pseudo-random numbers (sfc32) for the demo data and the synthetic matching
// data: the same seed gives the same data on every machine and every run, where
// Math.random or crypto would make tests, screenshots and evaluation figures drift.
//
// Two ways to seed, because data already generated depends on each:
// - `Rng.fromKey("creator:17")` hashes a string key (cyrb128). The demo data derives
//   one stream per entity this way, so adding a table or changing how one entity is
//   drawn does not reshuffle every other entity.
// - `Rng.fromSeed(2026)` expands a 32-bit integer (splitmix32), for the synthetic
//   creators and campaigns that `eval:match` and `bench:match` number by index.

function cyrb128(key: string): State {
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

function splitmix32(seed: number): State {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  return [next(), next(), next(), next()];
}

type State = [number, number, number, number];

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex4 = (x: number) => HEX[(x >>> 8) & 0xff] + HEX[x & 0xff];
const hex8 = (x: number) => hex4(x >>> 16) + hex4(x & 0xffff);
/**
 * 8-4-4-4-12 hex: `high` (32 bits) and `mid` (16 bits) first, then the version nibble
 * over 12 bits of `b`, the RFC 9562 variant over 14 bits of `c`, the rest of `c` and `d`.
 */
function formatUuid(high: number, mid: number, version: number, b: number, c: number, d: number) {
  return (
    hex8(high) +
    "-" +
    hex4(mid) +
    "-" +
    hex4((b & 0x0fff) | (version << 12)) +
    "-" +
    hex4(((c >>> 16) & 0x3fff) | 0x8000) +
    "-" +
    hex4(c & 0xffff) +
    hex8(d)
  );
}

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | null = null;

  /** A stream named by a string key; different keys give independent streams. */
  static fromKey(key: string): Rng {
    return new Rng(cyrb128(key));
  }

  /** A stream from a 32-bit integer seed (taken modulo 2^32). */
  static fromSeed(seed: number): Rng {
    return new Rng(splitmix32(seed));
  }

  private constructor([a, b, c, d]: State) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    // sfc32 needs a few rounds before weakly mixed seeds stop showing
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** Uniform integer in [0, 2^32). */
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

  /** Uniform in [min, max). */
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

  /**
   * exp(N(mu, sigma)), with median exp(mu): `logNormal(0, s)` is a multiplicative noise
   * factor around 1, `m * logNormal(0, s)` a value spread around a median m.
   */
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

  /** Gamma(shape, 1) by Marsaglia-Tsang; shape < 1 through the boost trick. */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * Math.pow(this.next() || 1e-12, 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Shares that sum to 1, each share's concentration given by its alpha. */
  dirichlet(alphas: readonly number[]): number[] {
    const g = alphas.map((a) => this.gamma(a));
    const sum = g.reduce((x, y) => x + y, 0);
    return g.map((x) => x / sum);
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

  /** Pick a key of `weights`, in proportion to its value (need not sum to 1). */
  weightedKey<K extends string>(weights: Readonly<Record<K, number>>): K {
    const keys = Object.keys(weights) as K[];
    return this.weighted(
      keys,
      keys.map((k) => weights[k]),
    );
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
    return formatUuid(a, b >>> 16, 4, b, this.uint32(), this.uint32());
  }

  /**
   * A UUIDv7 for time `ms` (RFC 9562: 48-bit Unix milliseconds, then random bits).
   * Ids handed out in increasing time are increasing, so bulk-loaded rows append to
   * the primary key's b-tree instead of splitting pages all over it.
   */
  uuidV7(ms: number): string {
    return formatUuid(
      Math.floor(ms / 0x10000),
      ms & 0xffff,
      7,
      this.uint32(),
      this.uint32(),
      this.uint32(),
    );
  }

  /** A YouTube-style id: [A-Za-z0-9_-]{length}. */
  youtubeId(length: number): string {
    let s = "";
    for (let i = 0; i < length; i++) s += ID_ALPHABET[this.uint32() & 63];
    return s;
  }
}
