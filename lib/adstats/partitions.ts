// adstats_events has one partition per UTC day, created on first use in schema
// adstats_parts. Callers hold the ingest lock (write-batch.ts), so two imports never
// race to create the same day.
import type pg from "pg";

const known = new Set<string>();

function partitionName(day: string): string {
  return `adstats_events_${day.replaceAll("-", "")}`;
}

export async function ensureDayPartitions(client: pg.ClientBase, days: Iterable<string>) {
  for (const day of days) {
    if (known.has(day)) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`bad partition day ${day}`);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await client.query(
      `CREATE TABLE IF NOT EXISTS adstats_parts.${partitionName(day)}
         PARTITION OF adstats_events
         FOR VALUES FROM ('${day} 00:00:00+00') TO ('${next} 00:00:00+00')`,
    );
    known.add(day);
  }
}

/** Forget what this process knows (tests that drop partitions). */
export function forgetPartitions(): void {
  known.clear();
}
