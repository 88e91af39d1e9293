// Loads the messages of a locale: one JSON file per namespace per locale
// (messages/ko/campaigns.json -> namespace "campaigns"), merged into one object. One file
// per namespace lets parallel work add pages without editing a shared file; the folder is
// read at run time, so a new file needs no registration anywhere.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locales.ts";
import type { Messages } from "./pick-messages.ts";

export type { Messages };

// turbopackIgnore: the folder is read at run time; tracing it would pull in the whole tree.
export const MESSAGES_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "messages");

const cache = new Map<Locale, { stamp: string; messages: Messages }>();

/** Namespace names of a locale's folder, sorted. */
export function listNamespaces(locale: Locale, dir = MESSAGES_DIR): string[] {
  return readdirSync(path.join(dir, locale))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

export function readMessages(locale: Locale, dir = MESSAGES_DIR): Messages {
  const out: Messages = {};
  for (const ns of listNamespaces(locale, dir)) {
    const file = path.join(dir, locale, `${ns}.json`);
    out[ns] = JSON.parse(readFileSync(file, "utf8")) as Messages;
  }
  return out;
}

/**
 * Read once per locale in production (the files ship with the build and never change
 * while it runs: a readdir and twenty stats per request and per e-mail showed up as 5 %
 * of the server's CPU under load). In development a stat per file (microseconds) tells
 * an edit, so it shows on the next request.
 */
export function loadMessages(locale: Locale): Messages {
  const hit = cache.get(locale);
  if (hit && process.env.NODE_ENV === "production") return hit.messages;
  const stamp = listNamespaces(locale)
    .map((ns) => `${ns}:${statSync(path.join(MESSAGES_DIR, locale, `${ns}.json`)).mtimeMs}`)
    .join("|");
  if (hit?.stamp === stamp) return hit.messages;
  const messages = readMessages(locale);
  cache.set(locale, { stamp, messages });
  return messages;
}

/** "a.b.c" paths of every string in a message tree. */
export function flattenKeys(m: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(m)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flattenKeys(v, key)) out.set(kk, vv);
  }
  return out;
}
