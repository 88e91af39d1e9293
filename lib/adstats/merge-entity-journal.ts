// Moves the site / app journal into the site / app rollups (rollup-upserts.ts): run by
// the import every few batches and at its end, and by --retry. One statement in its own
// transaction, retried like a batch; a merge that never runs (a killed import) loses
// nothing: readers add the journal, and the next merge moves it.
import type pg from "pg";
import { MERGE_ENTITY_JOURNAL } from "./rollup-upserts.ts";
import { withRetries } from "./with-retries.ts";

export async function mergeEntityJournal(db: pg.Pool | pg.ClientBase): Promise<void> {
  await withRetries(() => db.query(MERGE_ENTITY_JOURNAL));
}
