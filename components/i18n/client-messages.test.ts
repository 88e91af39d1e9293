// The messages bundled into the browser's code (one module per locale), picked as the
// provider picks them, are exactly what messages/ holds for CLIENT_MESSAGE_NAMESPACES: a
// namespace file left out of a module's imports, or a new locale without a module, fails.
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_NAMESPACES } from "@/i18n/client-messages";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { type Messages, readMessages } from "@/lib/i18n/messages";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { enNamespaceFiles } from "./client-messages-en";
import { koNamespaceFiles } from "./client-messages-ko";

const BUNDLED: Record<Locale, Messages> = { en: enNamespaceFiles, ko: koNamespaceFiles };

describe.each(LOCALES)("client messages bundled for %s", (locale) => {
  it("equal the picked namespaces of messages/", () => {
    const expected = pickMessages(readMessages(locale), CLIENT_MESSAGE_NAMESPACES);
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(pickMessages(BUNDLED[locale], CLIENT_MESSAGE_NAMESPACES)).toEqual(expected);
  });
});
