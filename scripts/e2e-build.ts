// The production build the browser tests serve, made while vitest runs: `npm test` starts
// it beside vitest at nice 10, so that it takes the CPU vitest leaves idle, and
// Playwright's stack (scripts/lib/stack.ts) then finds it current and starts at once.
// next build imports route modules, which read these variables; it bakes none of them
// into the build (the app has no NEXT_PUBLIC_ ones), so throw-away values serve.
import { randomBytes } from "node:crypto";
import { buildIfStale } from "./lib/stack.ts";

await buildIfStale({
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://build:build@127.0.0.1:1/build",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(24).toString("base64"),
});
