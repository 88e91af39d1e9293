// npm run db:migrate — applies pending migrations in prisma/migrations.
// DATABASE_URL set: that database. Otherwise the development cluster in
// .data/postgres (started for the duration, or the one `npm start` is running).
import { applyMigrations } from "../../lib/db/migrations.ts";
import { startDevPostgres } from "../../lib/db/embedded-postgres.ts";

async function main(): Promise<number> {
  const started = performance.now();
  const server = process.env.DATABASE_URL ? undefined : await startDevPostgres();
  const url = process.env.DATABASE_URL ?? server!.databaseUrl;
  try {
    console.log(
      `migrating ${redact(url)}${server ? (server.attached ? " (running dev server)" : " (embedded)") : ""}`,
    );
    const applied = await applyMigrations(url, { log: (line) => console.log(`  ${line}`) });
    console.log(
      applied.length
        ? `applied ${applied.length} migration(s) in ${Math.round(performance.now() - started)} ms`
        : "database is up to date, nothing to apply",
    );
    return 0;
  } finally {
    await server?.stop();
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

// Exit explicitly: embedded-postgres's exit hook would otherwise turn every exit into code 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
