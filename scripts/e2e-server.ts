// Playwright's webServer (playwright.config.ts): a throw-away database with demo data,
// the local Google stand-in and a production build served by `next start`.
// E2E_PORT overrides the port (default 3100, so that `npm start` can keep running).
import { runStack } from "./lib/stack.ts";

await runStack({ mode: "e2e", port: Number(process.env.E2E_PORT ?? 3100) });
