// Runs once when a server process starts (next start, next dev), before it serves:
// begins loading the creator index and warming the ranking workers (readiness says
// yes only when both are done) and installs the graceful shutdown.
export async function register() {
  // The edge runtime has no worker threads or Postgres; only the Node server warms up.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ startWarmUp }, { installGracefulShutdown }] = await Promise.all([
    import("./lib/server/readiness"),
    import("./lib/server/graceful-shutdown"),
  ]);
  installGracefulShutdown();
  void startWarmUp();
}
