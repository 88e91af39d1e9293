// Logistic regression trained online with FTRL-Proximal (McMahan et al., "Ad Click
// Prediction: a View from the Trenches", 2013): per-weight adaptive learning rates
// and L1 sparsity, the standard single-pass learner for hashed click logs like
// Avazu. Memory: three Float32Arrays of 2^bits.
export type FtrlParams = { alpha: number; beta: number; l1: number; l2: number };

export const DEFAULT_FTRL: FtrlParams = { alpha: 0.05, beta: 1, l1: 0.5, l2: 1 };

const sigmoid = (x: number) => 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, x))));

export class Ftrl {
  readonly z: Float32Array;
  readonly n: Float32Array;
  private readonly w: Float32Array;

  constructor(
    readonly bits: number,
    private readonly p: FtrlParams = DEFAULT_FTRL,
  ) {
    this.z = new Float32Array(1 << bits);
    this.n = new Float32Array(1 << bits);
    this.w = new Float32Array(1 << bits);
  }

  private weight(i: number): number {
    const z = this.z[i];
    if (Math.abs(z) <= this.p.l1) return 0;
    const sign = z < 0 ? -1 : 1;
    return (
      -(z - sign * this.p.l1) / ((this.p.beta + Math.sqrt(this.n[i])) / this.p.alpha + this.p.l2)
    );
  }

  predict(idx: Uint32Array, count: number): number {
    let s = 0;
    for (let k = 0; k < count; k++) {
      const i = idx[k];
      const w = this.weight(i);
      this.w[i] = w;
      s += w;
    }
    return sigmoid(s);
  }

  /** One online step on a labelled row; returns the prediction made before it. */
  learn(idx: Uint32Array, count: number, y: number): number {
    const p = this.predict(idx, count);
    const g = p - y;
    for (let k = 0; k < count; k++) {
      const i = idx[k];
      const n = this.n[i];
      const sigma = (Math.sqrt(n + g * g) - Math.sqrt(n)) / this.p.alpha;
      this.z[i] += g - sigma * this.w[i];
      this.n[i] = n + g * g;
    }
    return p;
  }

  /** The final weights, for storage and scoring. */
  weights(): Float32Array {
    const out = new Float32Array(this.z.length);
    for (let i = 0; i < out.length; i++) out[i] = this.weight(i);
    return out;
  }
}

/** Scores a row with stored weights. */
export function scoreWithWeights(weights: Float32Array, idx: Uint32Array, count: number): number {
  let s = 0;
  for (let k = 0; k < count; k++) s += weights[idx[k]];
  return sigmoid(s);
}
