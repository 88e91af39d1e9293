// A throw-away Postgres with production durability (fsync, synchronous_commit on), for
// the redirect's bench and crash script: a redirect must wait for a real commit there.
// startTemporaryPostgres turns both off for speed, so this starts a "persistent" cluster
// in a temp dir and deletes the dir on stop.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres.ts";
import { applyMigrations } from "../../lib/db/migrations.ts";

export async function startDurablePostgres(port: number, dbName: string) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `${dbName}-`));
  const server = await startEmbeddedPostgres({ dataDir, persistent: true, port });
  const url = server.connectionString(dbName);
  try {
    await server.createDatabase(dbName);
    await applyMigrations(url);
  } catch (error) {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
