// The production server a bench drives: the caller's (--url, with --database-url) or a
// whole e2e stack of its own (throw-away Postgres, demo data, next build + next start),
// with the per-user rate limits lifted so that the bench measures the routes.
import { randomBytes } from "node:crypto";

export type BenchServer = {
  base: string;
  databaseUrl: string;
  secret: string;
  stop(): Promise<void>;
};

export async function benchServer(opts: {
  url?: string;
  databaseUrl?: string;
  port: number;
}): Promise<BenchServer> {
  if (opts.url) {
    const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error("--database-url (or DATABASE_URL) is needed with --url");
    return { base: opts.url, databaseUrl, secret: secretOf(), stop: async () => {} };
  }
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.LOG_LEVEL ??= "warn";
  process.env.API_RATE_LIMIT_PER_MINUTE ??= "1000000";
  process.env.RANKING_RATE_LIMIT_PER_MINUTE ??= "1000000";
  const { startStack } = await import("./stack.ts");
  const stack = await startStack({ mode: "e2e", port: opts.port, smtpWebPort: opts.port + 10 });
  return {
    base: stack.url,
    databaseUrl: stack.databaseUrl,
    secret: secretOf(),
    stop: () => stack.stop(),
  };
}

function secretOf(): string {
  return process.env.NEXTAUTH_SECRET ?? "dev-only-secret-not-for-production-use";
}
