// `npm start`: the app at http://localhost:3000 on the embedded Postgres with demo data
// (or on DATABASE_URL), signing in through the local Google stand-in unless
// GOOGLE_CLIENT_ID/GOOGLE_CLIENT_SECRET are set. A production build (rebuilt when the
// sources changed); `npm run dev` (--dev) serves `next dev` instead, for hot reload.
// PORT overrides the app's port and OIDC_PORT the stand-in's (default 4011),
// SMTP_PORT / SMTP_WEB_PORT the mail catcher's (default 2525 / 2580),
// YOUTUBE_STAND_IN_PORT the YouTube stand-in's (default 4012), so that two checkouts can
// run side by side.
import { parseArgs } from "node:util";
import { runStack } from "./lib/stack.ts";

const { values } = parseArgs({ options: { dev: { type: "boolean", default: false } } });

await runStack({
  mode: "dev",
  server: values.dev ? "development" : "production",
  port: Number(process.env.PORT ?? 3000),
  oidcPort: process.env.OIDC_PORT ? Number(process.env.OIDC_PORT) : undefined,
  smtpPort: process.env.SMTP_PORT ? Number(process.env.SMTP_PORT) : undefined,
  smtpWebPort: process.env.SMTP_WEB_PORT ? Number(process.env.SMTP_WEB_PORT) : undefined,
  youtubePort: process.env.YOUTUBE_STAND_IN_PORT
    ? Number(process.env.YOUTUBE_STAND_IN_PORT)
    : undefined,
});
