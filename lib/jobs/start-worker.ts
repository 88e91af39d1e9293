// The job worker: pg-boss on the app's Postgres runs the recurring jobs (expiry, the
// e-mail sweep) and the ones the web process enqueues after a commit (e-mails, the
// forecast refit). A separate process from Next.js (scripts/jobs/worker.ts), so no
// timer lives in the web process; more workers can run on the same queues.
//
// The schedules fire from this process's pg-boss (openWorkerQueue), which looks for a
// due one every 30 s: mails committed while no worker ran leave with the first minutely
// sweep, within about half a minute of start-up, without a nudge.
import type pg from "pg";
import type PgBoss from "pg-boss";
import { log } from "../log.ts";
import { expireStaleMatches } from "../matches/expire-matches.ts";
import { refreshStaleCreatorFeatures } from "../matching/feature-store/refresh.ts";
import { REFIT_AFTER_COMPLETIONS, refitForecastModelIfStale } from "../matching/forecast/store.ts";
import { createMailer, type Mailer } from "../notify/mailer.ts";
import { pruneSentEmails } from "../notify/prune-sent-emails.ts";
import { failStalledOrderImports } from "../conversions/csv/import-orders.ts";
import { sendOutbox } from "../notify/send-outbox.ts";
import { youtubeConfig } from "../youtube/config.ts";
import { syncAllYoutubeChannels } from "../youtube/sync-all-youtube-channels.ts";
import { pruneMinuteRollups } from "../reporting/prune-minute-rollups.ts";
import { snapshotMatchVideos } from "../reporting/videos/snapshot-match-videos.ts";
import type { VideoStatsSource } from "../reporting/videos/video-stats-source.ts";
import { videoStatsFromEnv } from "../reporting/videos/video-stats-from-env.ts";
import { JOBS } from "./names.ts";
import { openWorkerQueue } from "./queue.ts";
import { cronOf, SCHEDULES } from "./schedules.ts";

export async function startWorker(
  pool: pg.Pool,
  options: {
    mailer?: Mailer;
    videoStats?: VideoStatsSource;
    /** How often pg-boss looks for a due schedule (default 30 s; tests go sooner). */
    cronMonitorIntervalSeconds?: number;
  } = {},
): Promise<{ stop(): Promise<void> }> {
  const boss: PgBoss = await openWorkerQueue({
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds,
  });
  const mailer = options.mailer ?? createMailer();
  const videoStats = options.videoStats ?? videoStatsFromEnv();
  for (const s of SCHEDULES) await boss.schedule(s.name, cronOf(s), {}, { tz: "UTC" });

  const run =
    <T>(name: string, fn: () => Promise<T>) =>
    async () => {
      const started = performance.now();
      log.debug({ job: name }, "job started");
      const result = await fn();
      log.info({ job: name, ms: Math.round(performance.now() - started), result }, "job done");
      return result;
    };
  await boss.work(
    JOBS.sendEmails,
    run(JOBS.sendEmails, () => sendOutbox(pool, mailer)),
  );
  await boss.work(
    JOBS.expireMatches,
    run(JOBS.expireMatches, () => expireStaleMatches(pool)),
  );
  await boss.work(
    JOBS.refitForecast,
    run(JOBS.refitForecast, () => refitForecastModelIfStale(pool, REFIT_AFTER_COMPLETIONS)),
  );
  await boss.work(
    JOBS.syncYoutube,
    run(JOBS.syncYoutube, () => syncAllYoutubeChannels(pool, youtubeConfig())),
  );
  await boss.work(
    JOBS.snapshotVideos,
    run(JOBS.snapshotVideos, () => snapshotMatchVideos(pool, videoStats)),
  );
  await boss.work(
    JOBS.pruneMinuteRollups,
    run(JOBS.pruneMinuteRollups, () => pruneMinuteRollups(pool)),
  );
  await boss.work(
    JOBS.failStalledImports,
    run(JOBS.failStalledImports, () => failStalledOrderImports(pool)),
  );
  await boss.work(
    JOBS.pruneSentEmails,
    run(JOBS.pruneSentEmails, () => pruneSentEmails(pool)),
  );
  await boss.work(
    JOBS.refreshStaleFeatures,
    run(JOBS.refreshStaleFeatures, () =>
      refreshStaleCreatorFeatures(pool, {
        onProgress: (p) =>
          log.info({ job: JOBS.refreshStaleFeatures, ...p }, "stale feature rows recomputed"),
      }),
    ),
  );
  // Feature rows from older reading rules are recomputed once per start-up; with
  // several workers starting, the first run holds an advisory lock and the others skip
  // (refreshStaleCreatorFeatures). A million creators take longer than pg-boss's 15
  // minutes before it calls a job lost and starts it again: this one may take hours.
  await boss.send(JOBS.refreshStaleFeatures, {}, { expireInSeconds: 6 * 3600 });
  return {
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
      mailer.close();
    },
  };
}
