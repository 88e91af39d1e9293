// The plan Postgres would use for a statement prepared once and run with any parameters
// (its generic plan; lib/db/prepared-statements.ts says why keyset pages care).
// Sequential scans are off, since on a test's small tables one would win and prove
// nothing either way. Call inside a transaction: SET LOCAL.
import type { Queryable } from "@/lib/reporting/queryable";

export async function genericPlan(db: Queryable, sql: string): Promise<string> {
  await db.query("SET LOCAL enable_seqscan = off");
  const { rows } = await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (GENERIC_PLAN) ${sql}`);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}
