// Moves the site / app journal into the site / app rollups (rollup-upserts.ts): run by
// the import every few batches and at its end, and by --retry. One statement in its own
// transaction, retried like a batch; a merge that never runs (a killed import) loses
// nothing: readers add the journal, and the next merge moves it.
import type pg from "pg";
import { ENTITY_JOURNAL, MERGE_ENTITY_JOURNAL } from "./rollup-upserts.ts";
import { withRetries } from "../ingest/with-retries.ts";

export async function mergeEntityJournal(db: pg.Pool | pg.ClientBase): Promise<void> {
  await withRetries(() => db.query(MERGE_ENTITY_JOURNAL));
  // Every dashboard query of sites / apps scans the journal: the rows just moved out
  // leave dead pages behind until autovacuum comes by (measured: top sites p95 80 ->
  // 165 ms right after a 10M import). Emptied, the table shrinks to nothing at once.
  await db.query(`VACUUM ${ENTITY_JOURNAL}`);
}
