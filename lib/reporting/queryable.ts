// What reporting and admin queries run on: the shared pg pool in the app, or one
// pooled client inside a transaction in tests (a REPEATABLE READ snapshot gives exact
// before/after deltas for platform-wide counts even while other test files write).
import type { QueryResult, QueryResultRow } from "pg";
import { pool } from "../db/client.ts";

export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<QueryResult<R>>;
}

export const defaultDb: Queryable = pool;

/** pg returns BIGINT / NUMERIC as strings; KRW sums stay far below 2^53. */
export function toNumber(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`Not a number: ${String(value)}`);
  return n;
}

export function toNumberOrNull(value: string | number | bigint | null | undefined): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}
