// adstats_events has one partition per UTC day, created on first use in schema
// adstats_parts. Called outside the batch transactions (a partition must be visible to
// every writer before rows arrive), under an advisory lock so two imports never race
// to create the same day.
import type pg from "pg";

const known = new Set<string>();

/** The partition of a UTC day ("YYYY-MM-DD"), schema-qualified. */
export function dayPartition(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`bad partition day ${day}`);
  return `adstats_parts.adstats_events_${day.replaceAll("-", "")}`;
}

const PARTITION_LOCK = 0x61647370; // "adsp"

export async function ensureDayPartitions(client: pg.ClientBase, days: Iterable<string>) {
  const missing = [...days].filter((d) => !known.has(d));
  if (missing.length === 0) return;
  await client.query("SELECT pg_advisory_lock($1)", [PARTITION_LOCK]);
  try {
    await createPartitions(client, missing);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PARTITION_LOCK]);
  }
}

async function createPartitions(client: pg.ClientBase, days: string[]) {
  for (const day of days) {
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${dayPartition(day)}
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
