// What the process can tell an operator, in Prometheus' text format (prom-client), at
// GET /api/metrics: the runtime's own figures (event-loop delay percentiles since the
// last scrape, GC, heap, handles), every API answer's duration by route, method and
// status, and the gauges of what is shared and bounded — the ranking threads and their
// admission, the database pool. "The event loop stays free" is then a number a
// dashboard can plot and alert on, not a claim.
import { Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { rankPoolStats, rankingAdmission } from "../matching/rank-pool/rank-in-pool.ts";

type Metrics = { registry: Registry; requestSeconds: Histogram<"method" | "route" | "status"> };

// One registry per process: Next.js may evaluate this module once per route bundle.
const globalForMetrics = globalThis as unknown as { __metrics?: Metrics };

function metrics(): Metrics {
  return (globalForMetrics.__metrics ??= createMetrics());
}

function createMetrics(): Metrics {
  const registry = new Registry();
  // 10 ms resolution: the delays worth knowing about are tens of milliseconds.
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  const requestSeconds = new Histogram({
    name: "http_request_duration_seconds",
    help: "API answers by route template, method and status, from arrival to the handler's answer.",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "rank_threads",
    help: "Ranking worker threads running (0 until the first ranking or warm-up).",
    registers: [registry],
    collect() {
      const s = rankPoolStats();
      this.set(s.started ? s.threads : 0);
    },
  });
  new Gauge({
    name: "rank_pool_queued_tasks",
    help: "Rankings waiting for a ranking thread.",
    registers: [registry],
    collect() {
      const s = rankPoolStats();
      this.set(s.started ? s.queued : 0);
    },
  });
  new Gauge({
    name: "rank_admission_requests",
    help: "Ranking requests admitted (running) and waiting for admission.",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const s = rankingAdmission().stats();
      this.set({ state: "running" }, s.active);
      this.set({ state: "waiting" }, s.waiting);
    },
  });
  new Gauge({
    name: "db_pool_connections",
    help: "The app's Postgres pool: connections open, idle, and requests waiting for one.",
    labelNames: ["state"] as const,
    registers: [registry],
    // Imported at the first scrape: every route imports this module (lib/api/route.ts),
    // and the pool needs a configured environment.
    async collect() {
      const { pool } = await import("../db/client.ts");
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });
  return { registry, requestSeconds };
}

/**
 * The path with its dynamic segments named: "/api/v1/matches/0b1e…/messages" with
 * params { id: "0b1e…" } → "/api/v1/matches/:id/messages". Built from the route's own
 * params, never guessed from the text, so that no path a caller makes up can add a
 * series (a label per distinct id would grow the registry without bound).
 */
export function routeTemplate(
  pathname: string,
  params: Record<string, string | string[] | undefined>,
): string {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      names.set(v, name);
    }
  }
  return pathname
    .split("/")
    .map((segment) => {
      const name = names.get(decodeSegment(segment));
      return name === undefined ? segment : `:${name}`;
    })
    .join("/");
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function observeApiAnswer(
  method: string,
  route: string,
  status: number,
  seconds: number,
): void {
  metrics()
    .requestSeconds.labels({ method, route, status: String(status) })
    .observe(seconds);
}

/** The exposition text and its content type. */
export async function metricsText(): Promise<{ text: string; contentType: string }> {
  const { registry } = metrics();
  return { text: await registry.metrics(), contentType: registry.contentType };
}
