// Group commit for clicks. Every redirect waits until its click is committed before
// the 302 leaves (a sent redirect is never a lost click, even on SIGKILL), but
// concurrent redirects share one INSERT: clicks queue here, and whenever fewer than
// `maxInFlight` INSERTs are running, the queue (up to `maxBatch` rows) goes out as ONE
// statement. Under light load a click commits alone after one event-loop turn; under
// heavy load batches grow by themselves while the previous commit runs, so throughput
// follows the load without a fixed delay. The queue is bounded: a full queue (the
// database slower than the traffic, or down) refuses at once instead of piling up.

export class QueueFullError extends Error {
  constructor() {
    super("click queue is full");
    this.name = "QueueFullError";
  }
}

export type BatcherOptions<T> = {
  /** Writes one batch in one statement; resolves once committed. */
  write: (rows: T[]) => Promise<void>;
  maxBatch?: number;
  maxInFlight?: number;
  maxQueue?: number;
};

type Waiter<T> = { row: T; resolve: () => void; reject: (error: unknown) => void };

export class ClickBatcher<T> {
  private queue: Waiter<T>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly maxQueue: number;
  /** Batches written and rows in them, for logs and the bench. */
  readonly stats = { batches: 0, rows: 0, failedBatches: 0 };

  constructor(private readonly options: BatcherOptions<T>) {
    this.maxBatch = options.maxBatch ?? 500;
    this.maxInFlight = options.maxInFlight ?? 2;
    this.maxQueue = options.maxQueue ?? 10_000;
  }

  /** Resolves when `row` is committed; rejects when the queue is full or the write fails. */
  add(row: T): Promise<void> {
    if (this.queue.length >= this.maxQueue) return Promise.reject(new QueueFullError());
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      // After this turn of the event loop: the redirects parsed in the same turn join.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      this.options
        .write(batch.map((w) => w.row))
        .then(
          () => {
            this.stats.batches++;
            this.stats.rows += batch.length;
            for (const w of batch) w.resolve();
          },
          (error: unknown) => {
            this.stats.failedBatches++;
            for (const w of batch) w.reject(error);
          },
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}
