// GET /api/health – is the database reachable and fully migrated? 200 when both, else 503.
import { pool } from "@/lib/db/client";
import { migrationStatus } from "@/lib/db/migrations";
import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ auth: false, rateLimit: false }, async () => {
  const started = performance.now();
  try {
    await pool.query("select 1");
  } catch {
    return Response.json(
      { status: "error", database: { reachable: false }, migrations: null },
      { status: 503 },
    );
  }
  const latencyMs = Math.round(performance.now() - started);
  const migrations = await migrationStatus(pool);
  const ok = migrations.ok;
  return Response.json(
    {
      status: ok ? "ok" : "degraded",
      database: { reachable: true, latencyMs },
      migrations: {
        applied: migrations.applied.length,
        pending: migrations.pending,
        problems: migrations.problems,
      },
    },
    { status: ok ? 200 : 503 },
  );
});
