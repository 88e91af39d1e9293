// The recurring jobs and when they run. Kept as "every N minutes" so that the next
// run can be shown without a cron parser; the worker turns them into pg-boss crons.
import { JOBS, type JobName } from "./names.ts";

export type Schedule = { name: JobName; everyMinutes: number; what: string };

export const SCHEDULES: readonly Schedule[] = [
  { name: JOBS.expireMatches, everyMinutes: 60, what: "expire matches untouched for 30 days" },
  { name: JOBS.syncYoutube, everyMinutes: 60, what: "refresh every connected YouTube channel" },
  { name: JOBS.sendEmails, everyMinutes: 1, what: "send e-mails a lost nudge left behind" },
  {
    name: JOBS.refitForecast,
    everyMinutes: 60,
    what: "refit the forecast model on completions the last fit has not seen",
  },
  {
    name: JOBS.failStalledImports,
    everyMinutes: 15,
    what: "mark order imports a stopped web process left running as failed where they stopped",
  },
  {
    name: JOBS.snapshotVideos,
    everyMinutes: 1440,
    what: "read the sponsored videos' statistics (campaign views and engagement)",
  },
  {
    name: JOBS.pruneMinuteRollups,
    everyMinutes: 1440,
    what: "drop minute rollups older than 3 days",
  },
  {
    name: JOBS.pruneSentEmails,
    everyMinutes: 1440,
    what: "drop e-mails sent more than 90 days ago",
  },
];

export function cronOf(s: Schedule): string {
  return s.everyMinutes >= 60 ? `0 */${s.everyMinutes / 60} * * *` : `*/${s.everyMinutes} * * * *`;
}

/** The next time the cron fires after `now` (UTC, minute boundaries). */
export function nextRun(s: Schedule, now: Date): Date {
  const step = s.everyMinutes * 60_000;
  return new Date(Math.floor(now.getTime() / step) * step + step);
}
