// The messages bundled into the browser's code (one module per locale) are exactly what
// the server would pick from messages/ for CLIENT_MESSAGE_NAMESPACES: a namespace file
// left out of a module's imports, or a new locale without a module, fails here.
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_NAMESPACES } from "@/i18n/client-messages";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { readMessages } from "@/lib/i18n/messages";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { enClientMessages } from "./client-messages-en";
import { koClientMessages } from "./client-messages-ko";

const BUNDLED: Record<Locale, unknown> = { en: enClientMessages, ko: koClientMessages };

describe.each(LOCALES)("client messages bundled for %s", (locale) => {
  it("equal the picked namespaces of messages/", () => {
    const expected = pickMessages(readMessages(locale), CLIENT_MESSAGE_NAMESPACES);
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(BUNDLED[locale]).toEqual(expected);
  });
});
