// What admins see of the jobs: per job, the last successful run, the next scheduled
// run, failures in the last 24 hours with the newest error, and what waits in the
// queue. Read from pg-boss's own tables (live jobs and the archive).
import type { Queryable } from "../reporting/queryable.ts";
import { JOBS } from "./names.ts";
import { nextRun, SCHEDULES } from "./schedules.ts";

export type JobStatus = {
  name: string;
  what: string;
  everyMinutes: number | null;
  lastRunAt: string | null;
  nextRunAt: string | null;
  queued: number;
  failures24h: number;
  lastError: string | null;
  lastErrorAt: string | null;
};

export async function getJobStatus(db: Queryable, now = new Date()): Promise<JobStatus[]> {
  const installed = await db.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`);
  const names = Object.values(JOBS);
  const stats = new Map<string, Record<string, unknown>>();
  if (installed.rows[0].ok) {
    const { rows } = await db.query(
      `WITH j AS (
         SELECT name, state::text AS state, completed_on, output FROM pgboss.job WHERE name = ANY($1)
         UNION ALL
         SELECT name, state::text, completed_on, output FROM pgboss.archive WHERE name = ANY($1)
       )
       SELECT name,
              max(completed_on) FILTER (WHERE state = 'completed') AS last_run,
              count(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS queued,
              count(*) FILTER (WHERE state = 'failed' AND completed_on > $2::timestamptz - interval '1 day')::int AS failures,
              (array_agg(output ORDER BY completed_on DESC) FILTER (WHERE state = 'failed'))[1] AS last_error,
              max(completed_on) FILTER (WHERE state = 'failed') AS last_error_at
         FROM j GROUP BY name`,
      [names, now],
    );
    for (const r of rows) stats.set(r.name, r);
  }
  return names.map((name) => {
    const s = stats.get(name);
    const schedule = SCHEDULES.find((x) => x.name === name);
    const err = s?.last_error as { message?: string } | null | undefined;
    return {
      name,
      what: schedule?.what ?? name,
      everyMinutes: schedule?.everyMinutes ?? null,
      lastRunAt: s?.last_run ? new Date(s.last_run as string).toISOString() : null,
      nextRunAt: schedule ? nextRun(schedule, now).toISOString() : null,
      queued: (s?.queued as number) ?? 0,
      failures24h: (s?.failures as number) ?? 0,
      lastError: err ? (err.message ?? JSON.stringify(err)).slice(0, 300) : null,
      lastErrorAt: s?.last_error_at ? new Date(s.last_error_at as string).toISOString() : null,
    };
  });
}
