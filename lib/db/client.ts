// The one database client. Prisma (over adapter-pg) for ordinary queries, and the
// same pg pool for hot paths that need raw SQL or COPY (ranking, bulk ingest).
// Scripts and tests import it too, so it is not marked server-only; pg cannot be
// bundled for the browser anyway.
//
// Each connection prepares the parameterised statements it runs, once
// (prepared-statements.ts): Postgres then skips parsing and planning them again.
//
// Every statement has a deadline and so does waiting for a connection: one slow query
// or a burst of requests must fail fast (503, lib/api/map-error.ts) rather than hold
// connections and the requests queued behind them. Bulk scripts that need longer
// statements open their own pools.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";
import { PreparingClient } from "./prepared-statements.ts";
import { env } from "../env.ts";
import { log } from "../log.ts";

type Handles = { prisma: PrismaClient; pool: pg.Pool };

const globalForDb = globalThis as unknown as { __db?: Handles };

function connect(): Handles {
  const e = env();
  const pool = new pg.Pool({
    connectionString: e.DATABASE_URL,
    max: e.DB_POOL_MAX,
    ...(e.DB_PREPARED_STATEMENTS ? { Client: PreparingClient } : {}),
    connectionTimeoutMillis: e.DB_ACQUIRE_TIMEOUT_MS,
    statement_timeout: e.DB_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: 2 * e.DB_STATEMENT_TIMEOUT_MS,
  });
  // An idle client dropped by the server (a Postgres restart) must not crash the process
  // before Prisma has attached its own listener. pg-pool hangs the client on the error
  // (err.client): logged whole, that is a page of internals per connection.
  pool.on("error", (err: Error & { code?: string }) =>
    log.warn({ code: err.code, message: err.message }, "idle Postgres connection lost"),
  );
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool),
    // Wait for a connection and run no longer than the pool itself allows.
    transactionOptions: {
      maxWait: e.DB_ACQUIRE_TIMEOUT_MS,
      timeout: e.DB_STATEMENT_TIMEOUT_MS + 1_000,
    },
  });
  return { prisma, pool };
}

// One pool per process; survives Next.js hot reloads in development.
const handles = (globalForDb.__db ??= connect());

export const prisma = handles.prisma;
export const pool = handles.pool;
