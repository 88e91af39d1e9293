// The check behind the missing-key test (messages.test.ts): what differs between the
// locales' message trees.
import { flattenKeys, type Messages } from "./messages.ts";

// Names of ICU arguments ({name}, {count, plural, ...}, <tag>...</tag>) in a message. A
// plural branch's text ("one {row} other {rows}") is text, not an argument.
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const argument =
    /(?<!(?:\b(?:zero|one|two|few|many|other)|=\d+)\s*)\{\s*([A-Za-z_][\w]*)\s*[,}]/g;
  for (const m of message.matchAll(argument)) names.add(m[1]!);
  for (const m of message.matchAll(/<([A-Za-z][\w]*)>/g)) names.add(`<${m[1]}>`);
  return [...names].sort();
}

/** What differs between the locales' message trees; empty when they agree. */
export function compareLocales(all: Record<string, Messages>): string[] {
  const problems: string[] = [];
  const flat = Object.fromEntries(Object.entries(all).map(([l, m]) => [l, flattenKeys(m)]));
  const locales = Object.keys(flat);
  for (const a of locales) {
    for (const [key, value] of flat[a]!) {
      if (!value.trim()) problems.push(`${a}: ${key} is empty`);
      for (const b of locales) {
        if (a === b) continue;
        const other = flat[b]!.get(key);
        if (other === undefined) problems.push(`${b}: missing ${key} (present in ${a})`);
        else if (a < b && argumentsOf(value).join() !== argumentsOf(other).join())
          problems.push(
            `${key}: placeholders differ: ${a} {${argumentsOf(value)}} vs ${b} {${argumentsOf(other)}}`,
          );
      }
    }
  }
  return problems;
}
