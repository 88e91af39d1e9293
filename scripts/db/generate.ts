// Generates the Prisma client into lib/db/generated.
// The Prisma CLI wants to download a native schema engine before `generate`, even
// though generate never runs it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// executable skips that download (see README "Offline notes").
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
