// How busy the whole machine was during a bench window (Linux /proc/stat). The server,
// Postgres, the job worker and the load generator share the cores: a figure near 100 %
// says the run was bound by CPU, and CPU time per request says how far a latency target
// is from what the machine can serve. Elsewhere: null.
import { readFileSync } from "node:fs";

export type CpuTicks = { busy: number; total: number };

export function cpuTicks(): CpuTicks | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0];
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    const total = user + nice + system + idle + iowait + irq + softirq + steal;
    return { busy: total - idle - iowait, total };
  } catch {
    return null;
  }
}

/** Share of all cores busy between two samples, and the CPU ms that were spent. */
export function cpuBetween(
  a: CpuTicks | null,
  b: CpuTicks | null,
): { busyPct: number; busyMs: number } | null {
  if (!a || !b || b.total <= a.total) return null;
  // /proc/stat counts in USER_HZ: 100 per second on Linux
  return {
    busyPct: Math.round((1000 * (b.busy - a.busy)) / (b.total - a.total)) / 10,
    busyMs: (b.busy - a.busy) * 10,
  };
}
