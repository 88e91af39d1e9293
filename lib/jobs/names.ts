// Queue and schedule names shared by the web process (which enqueues) and the worker.
export const JOBS = {
  /** Sends every pending row of email_outbox. */
  sendEmails: "send-emails",
  /** Expires open matches untouched for 30 days (hourly). */
  expireMatches: "expire-matches",
  /** Refits the forecast model when enough completions arrived (after completions; hourly). */
  refitForecast: "refit-forecast",
  /** Syncs every connected YouTube channel (hourly). */
  syncYoutube: "sync-youtube-channels",
  /** Daily statistics of the sponsored videos linked to matches (campaign views). */
  snapshotVideos: "snapshot-videos",
  /** Drops minute rollups older than three days (daily). */
  pruneMinuteRollups: "prune-minute-rollups",
  /** Marks CSV order imports a stopped web process left "running" as failed (every 15 min). */
  failStalledImports: "fail-stalled-imports",
  /** Drops e-mails sent more than 90 days ago (daily). */
  pruneSentEmails: "prune-sent-emails",
  /** Recomputes feature rows computed by older reading rules (when the worker starts). */
  refreshStaleFeatures: "refresh-stale-features",
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];
