// Every string exists in every language: a key (or a whole namespace file) present in
// one locale and not in another fails here, as does a translation that drops or renames
// a {placeholder} (the page would then show the raw braces or miss a value).
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { compareLocales } from "./compare-locales";
import { listNamespaces, readMessages } from "./messages";
import { pickMessages } from "./pick-messages";

describe("message files", () => {
  it("have the same namespaces in every locale", () => {
    const [first, ...rest] = LOCALES.map((l) => listNamespaces(l));
    for (const other of rest) expect(other).toEqual(first);
  });

  it("have the same keys and placeholders in every locale", () => {
    const all = Object.fromEntries(LOCALES.map((l) => [l, readMessages(l)]));
    expect(compareLocales(all)).toEqual([]);
  });

  it("the check itself catches a missing key, an empty string and a dropped placeholder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "messages-"));
    for (const l of ["ko", "en"]) mkdirSync(path.join(dir, l));
    writeFileSync(
      path.join(dir, "ko", "x.json"),
      JSON.stringify({ a: "가", b: { c: "{name}님" }, d: " ", f: "{n}행{n, plural, other {}}" }),
    );
    writeFileSync(
      path.join(dir, "en", "x.json"),
      // a plural's branch text is not an argument
      JSON.stringify({
        a: "A",
        b: { c: "Hello" },
        d: "D",
        e: "E",
        f: "{n, plural, one {row} other {rows}}",
      }),
    );
    const all = { ko: readMessages("ko", dir), en: readMessages("en", dir) };
    expect(compareLocales(all).sort()).toEqual(
      [
        "ko: x.d is empty",
        "ko: missing x.e (present in en)",
        "x.b.c: placeholders differ: en {} vs ko {name}",
      ].sort(),
    );
  });

  it("pickMessages keeps the subtrees at the given paths and nothing else", () => {
    const messages = {
      enums: { a: "A", b: { c: "C" } },
      money: { import: { title: "I" }, admin: { title: "M" } },
      nav: { home: "H" },
    };
    expect(pickMessages(messages, ["enums", "money.import", "nope.x"])).toEqual({
      enums: { a: "A", b: { c: "C" } },
      money: { import: { title: "I" } },
    });
  });
});
