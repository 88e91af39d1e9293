// The one database client. Prisma (over adapter-pg) for ordinary queries, and the
// same pg pool for hot paths that need raw SQL or COPY (ranking, bulk ingest).
// Scripts and tests import it too, so it is not marked server-only; pg cannot be
// bundled for the browser anyway.
//
// Every statement has a deadline and so does waiting for a connection: one slow query
// or a burst of requests must fail fast (503, lib/api/map-error.ts) rather than hold
// connections and the requests queued behind them. Bulk scripts that need longer
// statements open their own pools.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";
import { env } from "../env.ts";

type Handles = { prisma: PrismaClient; pool: pg.Pool };

const globalForDb = globalThis as unknown as { __db?: Handles };

function connect(): Handles {
  const e = env();
  const pool = new pg.Pool({
    connectionString: e.DATABASE_URL,
    max: e.DB_POOL_MAX,
    connectionTimeoutMillis: e.DB_ACQUIRE_TIMEOUT_MS,
    statement_timeout: e.DB_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: 2 * e.DB_STATEMENT_TIMEOUT_MS,
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { prisma, pool };
}

// One pool per process; survives Next.js hot reloads in development.
const handles = (globalForDb.__db ??= connect());

export const prisma = handles.prisma;
export const pool = handles.pool;
