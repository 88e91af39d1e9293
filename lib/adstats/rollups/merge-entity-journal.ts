// Moves the site / app journal into the site / app rollups (rollup-upserts.ts): run by
// the import every few batches and at its end, and by --retry. One transaction, retried
// like a batch; merges wait for each other (MERGE_LOCK). A merge that never runs (a
// killed import) loses nothing: readers add the journal, and the next merge moves it.
import type pg from "pg";
import { log } from "../../log.ts";
import { withRetries } from "../ingest/with-retries.ts";
import {
  COLLECT_ENTITY_JOURNAL,
  ENTITY_JOURNAL,
  MERGE_ENTITY_DAILY,
  MERGE_ENTITY_TOTALS,
  MERGE_LOCK,
} from "./rollup-upserts.ts";

/** On a connection outside any transaction. */
export async function mergeEntityJournal(client: pg.ClientBase): Promise<void> {
  await withRetries(async () => {
    await client.query("BEGIN");
    try {
      // it sums the site / app deltas of several batches: more than one batch's
      // statements, which the pool's statement timeout is set for
      await client.query("SET LOCAL statement_timeout = '120s'");
      await client.query("SELECT pg_advisory_xact_lock($1)", [MERGE_LOCK]);
      await client.query(COLLECT_ENTITY_JOURNAL);
      const { rows } = await client.query<{ first: string | null; last: string | null }>(
        `SELECT min(day)::text AS first, max(day)::text AS last FROM adstats_merge_d`,
      );
      const { first, last } = rows[0];
      if (first !== null) {
        await client.query(MERGE_ENTITY_DAILY, [first, last]);
        await client.query(MERGE_ENTITY_TOTALS, [first, last]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
  // Every dashboard query of sites / apps scans the journal: the rows just moved out
  // leave dead pages behind until autovacuum comes by (measured: top sites p95 80 ->
  // 165 ms right after a 10M import). Emptied, the table shrinks to nothing at once.
  // Housekeeping only: the merged figures are committed whatever happens here.
  await client
    .query(`VACUUM ${ENTITY_JOURNAL}`)
    .catch((err: unknown) => log.warn({ err }, "VACUUM of the site / app journal failed"));
}
