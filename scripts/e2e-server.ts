// Playwright's webServer (playwright.config.ts): a throw-away database with demo data,
// the local Google stand-in and a production build served by `next start`.
// E2E_PORT overrides the port (default 3100, so that `npm start` can keep running).
import { runStack } from "./lib/stack.ts";

// The mail catcher's page is on E2E_SMTP_WEB_PORT (playwright.config.ts sets it), so
// that specs can read the e-mails the app sent.
await runStack({
  mode: "e2e",
  port: Number(process.env.E2E_PORT ?? 3100),
  smtpWebPort: Number(process.env.E2E_SMTP_WEB_PORT ?? 3110),
});
