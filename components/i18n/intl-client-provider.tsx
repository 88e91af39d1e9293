"use client";
// next-intl's provider for client components. Their messages are part of the browser's
// code, one module per locale (client-messages-en.tsx, client-messages-ko.tsx), which the
// root layout picks by rendering that locale's provider: a page loads its own locale's
// chunk once and the browser caches it. Passed from the server instead, the messages
// (~35,000 characters) crossed into every page's RSC payload and HTML, encoded and escaped
// on every request: three quarters of a 404 page's HTML.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { CLIENT_MESSAGE_NAMESPACES } from "@/i18n/client-messages";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, pickMessages } from "@/lib/i18n/pick-messages";

/** What the root layout hands a locale's provider: nothing but the request's time zone. */
export type ClientIntlProps = { timeZone: string; children: ReactNode };

/** The namespaces client components read, from a locale's namespace files. */
export function pickClientMessages(files: Messages): Messages {
  return pickMessages(files, CLIENT_MESSAGE_NAMESPACES);
}

// Inherits nothing from i18n/request.ts: a `formats` or `now` added there has to be
// passed here too.
export function IntlClientProvider({
  locale,
  messages,
  timeZone,
  children,
}: ClientIntlProps & { locale: Locale; messages: Messages }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
