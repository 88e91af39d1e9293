// Statements prepared once per connection and reused, as postgres.js and pgx do by
// default. node-pg parses and plans every parameterised query afresh unless it has a
// name; for the short queries a request makes, planning is most of Postgres's work
// (measured on the session lookup every signed-in request runs: 650 µs of Postgres CPU
// unnamed, 130 µs named). PreparingClient names each parameterised statement after its
// text, so that each connection parses and plans it once; Postgres then keeps its plan,
// or plans again per call when a generic plan would cost more (plan_cache_mode auto).
//
// A generic plan is made for any parameters, so an optional condition written as
// "$n IS NULL OR (created_at, id) > ($n, $m)" cannot bound an index scan in it: a keyset
// page after a cursor then reads the index from its front every time. Keyset queries
// keep two texts instead, the first page's and the one after a cursor (send-outbox.ts,
// list-brand-campaigns.ts, list-review-queue.ts); test/helpers/generic-plan.ts shows a
// text's generic plan for a test to check.
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
// and node-pg still believes it prepared. The connection then names its statements
// afresh (p12 → p12_g1), so the next call prepares the new shape, and a call that met
// the stale statement outside a transaction is sent again, once, under the new name:
// it had done nothing (Postgres refuses such a statement before it runs). Inside a
// transaction, or with other queries queued on the connection, the call fails, as
// before; the caller's retry, if any, succeeds. The old generation stays prepared on
// the server until the connection closes, so after MAX_GENERATIONS such changes a
// connection stops preparing.
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

/** Schema changes a connection survives with prepared statements; then it runs unnamed. */
export const MAX_GENERATIONS = 4;

type PgError = { code?: string; routine?: string };

/**
 * A prepared statement Postgres will not run again on this connection: its result
 * shape changed under it (raised by the plan cache's revalidation, whatever the
 * server's language; other 0A000 errors are the query's own), or it is gone.
 */
const isStale = (e: PgError | null | undefined) =>
  (e?.code === "0A000" && e.routine === "RevalidateCachedQuery") || e?.code === "26000";

type Callback = (error: Error | null, result?: unknown) => void;

const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
PreparingClient.prototype.query = function (this: PreparingClient, ...args: unknown[]) {
  return preparedQuery(this, args, true);
} as typeof pg.Client.prototype.query;

/**
 * Whether no other query waits on the connection: a resent call goes to the back of
 * node-pg's queue, so with queries queued behind it (a `BEGIN` sent without waiting)
 * it would run after them, maybe inside their transaction. node-pg keeps the queue in
 * a field of its own; where that is missing, the call fails as it would have.
 */
function nothingQueued(client: PreparingClient): boolean {
  const c = client as unknown as { _queryQueue?: unknown[]; pipeline?: boolean };
  return Array.isArray(c._queryQueue) && c._queryQueue.length === 0 && c.pipeline !== true;
}

function preparedQuery(client: PreparingClient, args: unknown[], mayResend: boolean): unknown {
  const generation = client.statementGeneration;
  const cbAt = args.findIndex((a, i) => i > 0 && typeof a === "function");
  const values = cbAt === 1 ? undefined : args[1];
  const config = generation < MAX_GENERATIONS ? named(args[0], values, generation) : args[0];
  if (config === args[0]) return query.apply(client, args);

  // node-pg's callback forms: the callback as the last argument, or in the config. The
  // promise form goes through a callback too: it is called when the error arrives,
  // while the connection's state (transaction, queued queries) is still that of the
  // failed call, before the next call starts.
  const ownCallback = (config as { callback?: unknown }).callback;
  const callback = (cbAt > 0 ? args[cbAt] : ownCallback) as Callback | undefined;
  if (typeof callback !== "function") {
    return new Promise((resolve, reject) => {
      const settle: Callback = (error, result) => (error ? reject(error) : resolve(result));
      // (text or config, values, callback): node-pg reads three arguments at most
      preparedQuery(client, [args[0], args[1], settle], mayResend);
    }).catch((error: Error) => {
      // as node-pg's own promise does: the caller's (async) stack, not the socket's
      Error.captureStackTrace(error);
      throw error;
    });
  }
  // A stale statement renames this connection's statements; a call that ran alone,
  // outside a transaction, goes again under its new name.
  const answer: Callback = (error, result) => {
    if (error && isStale(error as PgError)) {
      if (client.statementGeneration === generation) client.statementGeneration = generation + 1;
      if (mayResend && client.getTransactionStatus() === "I" && nothingQueued(client)) {
        preparedQuery(client, args, false);
        return;
      }
    }
    callback(error, result);
  };
  const sent = [config, ...args.slice(1)];
  if (cbAt > 0) sent[cbAt] = answer;
  else sent[0] = { ...(config as object), callback: answer };
  return query.apply(client, sent);
}
