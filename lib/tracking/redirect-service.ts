// The redirect's long-lived parts, one per server process: the link cache and the click
// batcher over the app's pool, configured from the environment. Kept on globalThis so
// that a development hot reload does not start a second batcher.
import { createHmac } from "node:crypto";
import { pool } from "../db/client.ts";
import { env } from "../env.ts";
import { ClickBatcher } from "./click-batcher.ts";
import { findLinkByCode } from "./find-link-by-code.ts";
import { insertClicks, type ClickRow } from "./insert-clicks.ts";
import { LinkCache } from "./link-cache.ts";
import type { RedirectDeps } from "./resolve-redirect.ts";

const globalForRedirect = globalThis as unknown as { __redirect?: RedirectDeps };

/** The configured salt, or one derived from NEXTAUTH_SECRET (required in production). */
export function clickHashSalt(): string {
  const e = env();
  return (
    e.CLICK_HASH_SALT ??
    createHmac("sha256", e.NEXTAUTH_SECRET).update("click-hash-salt").digest("base64url")
  );
}

export function redirectDeps(): RedirectDeps {
  if (globalForRedirect.__redirect) return globalForRedirect.__redirect;
  const e = env();
  const deps: RedirectDeps = {
    links: new LinkCache({ load: (code) => findLinkByCode(pool, code) }),
    batcher: new ClickBatcher<ClickRow>({
      write: async (rows) => {
        await insertClicks(pool, rows);
      },
      maxBatch: e.CLICK_BATCH_MAX_ROWS,
      maxInFlight: e.CLICK_BATCH_IN_FLIGHT,
      maxQueue: e.CLICK_QUEUE_MAX,
    }),
    salt: clickHashSalt(),
  };
  return (globalForRedirect.__redirect = deps);
}
