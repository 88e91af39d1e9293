// Picks parts of a message tree. No Node imports: the browser's message modules
// (components/i18n/client-messages-*.ts) run it as well as the server.

export type Messages = { [key: string]: string | Messages };

/**
 * The subtrees at the given dotted paths ("enums", "money.import"), at the same paths in a
 * new tree; a path the messages lack is left out (the missing-key test guards the files).
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const out: Messages = {};
  for (const p of paths) {
    const keys = p.split(".");
    let from: string | Messages | undefined = messages;
    for (const k of keys) from = typeof from === "object" ? from[k] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Messages;
    to[keys.at(-1)!] = from;
  }
  return out;
}
