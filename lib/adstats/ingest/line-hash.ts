// A 63-bit hash of a whole log line: with the hour, the dedupe key of adstats_events.
// Two 32-bit multiply-xorshift lanes with different constants, each finished with
// murmur3's avalanche (fmix32). At 40M rows (170,000 per hour) the chance that two
// different lines of the same hour collide is about 1e-7. parse-line.ts runs the
// lanes inside its own scan of the line; this module finishes and prints them.
export const LANE_A_SEED = 0x811c9dc5;
export const LANE_B_SEED = 0x9747b28c;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash's high 31 bits (lane A, finished with the line's length). */
export function hashHigh(laneA: number, length: number): number {
  return fmix(laneA ^ length) & 0x7fffffff;
}

/** The hash's low 32 bits (lane B, finished). */
export function hashLow(laneB: number): number {
  return fmix(laneB);
}

const digits = Buffer.alloc(20);

/** (fmix(laneA ^ length) & 0x7fffffff) * 2^32 + fmix(laneB) as a decimal string. */
export function finishHash(laneA: number, laneB: number, length: number): string {
  return digits.toString("latin1", 0, writeHash(digits, 0, laneA, laneB, length));
}

/**
 * The line hash's decimal digits written into `buf` at `at` (which must have room for
 * 19): no string is made. Returns the offset after the last digit. Without BigInt:
 * 2^32 splits into 4294 * 10^6 + 967296 so every partial product stays below 2^53, and
 * the digits are written from integers below 10^8, two at a time (a segment key hashes
 * the digits of every line: the division per digit cost ~0.1 µs a row).
 */
export function writeHash(
  buf: Uint8Array,
  at: number,
  laneA: number,
  laneB: number,
  length: number,
): number {
  return writeHashValue(buf, at, hashHigh(laneA, length), hashLow(laneB));
}

/** The decimal digits of a * 2^32 + b (0 <= a < 2^31, 0 <= b < 2^32). */
export function writeHashValue(buf: Uint8Array, at: number, a: number, b: number): number {
  const r = a * 967_296 + b;
  const carry = Math.floor(r / 1_000_000);
  const high = a * 4294 + carry;
  const low = r - carry * 1_000_000;
  if (high === 0) return writeDigits(buf, at, low, 1);
  // high < 2^31 * 4294 + 2^21: its digits above the last eight are below 10^5
  const top = Math.floor(high / 100_000_000);
  const rest = high - top * 100_000_000;
  const end =
    top === 0
      ? writeDigits(buf, at, rest, 1)
      : writeDigits(buf, writeDigits(buf, at, top, 1), rest, 8);
  return writeDigits(buf, end, low, 6);
}

// "00".."99"
const PAIRS = Buffer.from(
  Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0")).join(""),
  "latin1",
);

/** The decimal digits of integer 0 <= v < 2^31, at least `minDigits` (zero-padded). */
export function writeDigits(buf: Uint8Array, at: number, value: number, minDigits: number): number {
  let v = value | 0;
  const digits = Math.max(minDigits, digitCount(v));
  let i = at + digits;
  while (i - at >= 2) {
    const q = (v / 100) | 0;
    const pair = (v - q * 100) << 1;
    buf[--i] = PAIRS[pair + 1];
    buf[--i] = PAIRS[pair];
    v = q;
  }
  if (i > at) buf[--i] = 48 + v;
  return at + digits;
}

function digitCount(v: number): number {
  if (v < 100_000) return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10_000 ? 4 : 5;
  return v < 1_000_000 ? 6 : v < 10_000_000 ? 7 : v < 100_000_000 ? 8 : v < 1e9 ? 9 : 10;
}

/** The hash of a whole line (tests and tools; the parser fuses the loop). */
export function lineHash(line: string): string {
  let a = LANE_A_SEED;
  let b = LANE_B_SEED;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return finishHash(a, b, line.length);
}
