// The one database client. Prisma (over adapter-pg) for ordinary queries, and the
// same pg pool for hot paths that need raw SQL or COPY (ranking, bulk ingest).
// Scripts and tests import it too, so it is not marked server-only; pg cannot be
// bundled for the browser anyway.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";
import { env } from "../env.ts";

type Handles = { prisma: PrismaClient; pool: pg.Pool };

const globalForDb = globalThis as unknown as { __db?: Handles };

function connect(): Handles {
  const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { prisma, pool };
}

// One pool per process; survives Next.js hot reloads in development.
const handles = (globalForDb.__db ??= connect());

export const prisma = handles.prisma;
export const pool = handles.pool;
