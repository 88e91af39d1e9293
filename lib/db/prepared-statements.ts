// Statements prepared once per connection and reused, as postgres.js and pgx do by
// default. node-pg parses and plans every parameterised query afresh unless it has a
// name; for the short queries a request makes, planning is most of Postgres's work
// (measured on the session lookup every signed-in request runs: 650 µs of Postgres CPU
// unnamed, 130 µs named). PreparingClient names each parameterised statement after its
// text, so that each connection parses and plans it once; Postgres then keeps its plan,
// or plans again per call when a generic plan would cost more (plan_cache_mode auto).
//
// Only queries with parameters are named: a query without any goes out as a simple
// query, which may hold several statements and cannot be prepared; nor are queries
// with an object among their values (see plainValue). At most
// MAX_PREPARED distinct texts are named per process, so a statement built with a
// varying shape (an IN list of n placeholders) cannot fill every connection's memory
// with plans; the rest run unnamed, as before. Behind a pooler in transaction mode
// (PgBouncer before 1.21) prepared statements do not survive: set
// DB_PREPARED_STATEMENTS=false there.
//
// A schema change while the app runs (a migration during a rolling deploy) can leave a
// prepared statement that Postgres refuses for good on that connection ("cached plan
// must not change result type": a column's type changed, or a `*` gained a column),
// and node-pg still believes it prepared. The call that meets it fails as an
// unprepared one would have; the connection then names its statements afresh
// (p12 → p12_g1), so the next call prepares the new shape.
import pg from "pg";
import { log } from "../log.ts";

export const MAX_PREPARED = 200;

const names = new Map<string, string>();

/** The name of `text`'s prepared statement; undefined once MAX_PREPARED are taken. */
export function statementName(text: string, generation = 0): string | undefined {
  const name = baseName(text);
  return name === undefined || generation === 0 ? name : `${name}_g${generation}`;
}

function baseName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) {
    name = `p${names.size}`;
    names.set(text, name);
    if (names.size === MAX_PREPARED) {
      log.warn(
        { max: MAX_PREPARED },
        "prepared statements: the cap is reached, new texts run unprepared",
      );
    }
  }
  return name;
}

/**
 * True when node-pg turns `v` into its text without JSON.stringify or a toPostgres of
 * the caller's, neither of which may throw. A value that fails there makes node-pg 8
 * close the named statement on the server while it goes on believing it prepared, and
 * every later call of that text on the connection fails ("prepared statement does not
 * exist"): such queries, objects among their values, go unnamed.
 */
function plainValue(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return true;
  if (v instanceof Date || ArrayBuffer.isView(v)) return true;
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!plainValue(x)) return false;
  return true;
}

type QueryConfigLike = { text?: unknown; name?: unknown; values?: unknown; submit?: unknown };

/** `config` with a statement name when it is a parameterised query without one. */
function named(config: unknown, values: unknown, generation: number): unknown {
  if (typeof config === "string") {
    if (!Array.isArray(values) || values.length === 0 || !values.every(plainValue)) return config;
    const name = statementName(config, generation);
    return name === undefined ? config : { text: config, name };
  }
  if (typeof config !== "object" || config === null) return config;
  const c = config as QueryConfigLike;
  // a Submittable (COPY stream, cursor) speaks the protocol itself
  if (typeof c.text !== "string" || c.name != null || typeof c.submit === "function") {
    return config;
  }
  const params = Array.isArray(c.values) ? c.values : values;
  if (!Array.isArray(params) || params.length === 0 || !params.every(plainValue)) return config;
  const name = statementName(c.text, generation);
  return name === undefined ? config : { ...c, name };
}

/** A pg.Client that prepares its parameterised statements (pass as the Pool's `Client`). */
export class PreparingClient extends pg.Client {
  /** Bumped when a prepared statement went stale on this connection: new names. */
  statementGeneration = 0;
}

// cached plan must not change result type; prepared statement does not exist
const STALE_STATEMENT = new Set(["0A000", "26000"]);

const query = pg.Client.prototype.query;
PreparingClient.prototype.query = function (this: PreparingClient, ...args: unknown[]) {
  const generation = this.statementGeneration;
  const config = named(args[0], args[1], generation);
  args[0] = config;
  const result = (query as (...a: unknown[]) => unknown).apply(this, args);
  const isNamed = typeof config === "object" && config !== null && "name" in config;
  if (!isNamed || !(result instanceof Promise)) return result;
  return result.catch((error: { code?: string }) => {
    if (STALE_STATEMENT.has(error?.code ?? "") && this.statementGeneration === generation) {
      this.statementGeneration = generation + 1;
    }
    throw error;
  });
} as typeof query;
