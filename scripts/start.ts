// `npm start`: the app at http://localhost:3000 on the embedded Postgres with demo data
// (or on DATABASE_URL), signing in through the local Google stand-in unless
// GOOGLE_CLIENT_ID/GOOGLE_CLIENT_SECRET are set. PORT overrides the port.
import { runStack } from "./lib/stack.ts";

await runStack({ mode: "dev", port: Number(process.env.PORT ?? 3000) });
