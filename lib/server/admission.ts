// Admission control for expensive requests. Each ranking request also costs the event
// loop work of its own (session, queries, shaping and serialising the page); twenty of
// them interleaved make every other request wait behind all of that work, workers or
// not. So at most `limit` run at once; the others wait without using CPU, and one that
// cannot start within `waitMs` (or finds `maxWaiting` ahead of it) is answered 503 with
// Retry-After instead of adding to the pile.
import { AppError } from "../errors.ts";

export class Admission {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly maxWaiting: number,
    private readonly waitMs: number,
  ) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    else await this.waitForSlot();
    try {
      return await fn();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  stats() {
    return { active: this.active, waiting: this.waiting.length, limit: this.limit };
  }

  private waitForSlot(): Promise<void> {
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(busy());
    return new Promise<void>((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(admit);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(busy());
      }, this.waitMs);
      this.waiting.push(admit);
    });
  }
}

function busy(): AppError {
  return new AppError(
    "unavailable",
    "Ranking is busy right now; try again in a few seconds",
    undefined,
    2,
  );
}
