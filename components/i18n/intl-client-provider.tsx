"use client";
// next-intl's provider for client components. Their messages are part of the browser's
// code: one chunk per locale (client-messages-en.ts, client-messages-ko.ts), so a page
// loads only its own locale's, named in the server render (next/dynamic, below) so that
// the browser fetches it with the page's scripts, then cached. Passed from the server
// instead, the messages (~35,000 characters) crossed into every page's RSC payload and
// HTML, encoded and escaped on every request: three quarters of a 404 page's HTML.
// The provider is one component whatever the locale: a provider per locale made a
// language switch remount every client component below it, and a form lost what had
// been typed into it.
import dynamic from "next/dynamic";
import { NextIntlClientProvider } from "next-intl";
import { use, type ComponentType, type ReactNode } from "react";
import { CLIENT_MESSAGE_NAMESPACES } from "@/i18n/client-messages";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, pickMessages } from "@/lib/i18n/pick-messages";

// Each import() literal where the bundler can see it: one chunk per locale.
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  en: () =>
    import("./client-messages-en").then((m) =>
      pickMessages(m.enNamespaceFiles, CLIENT_MESSAGE_NAMESPACES),
    ),
  ko: () =>
    import("./client-messages-ko").then((m) =>
      pickMessages(m.koNamespaceFiles, CLIENT_MESSAGE_NAMESPACES),
    ),
};

// One promise per locale for the life of the page (or the server process): `use` reads a
// settled one at once.
const loaded = new Map<Locale, Promise<Messages>>();
function messagesOf(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = LOADERS[locale]().catch((error: unknown) => {
      // a chunk that failed to load (offline, a deploy since) is tried again next time
      loaded.delete(locale);
      throw error;
    });
    loaded.set(locale, messages);
  }
  return messages;
}

// Render nothing: through next/dynamic the server render names the locale's chunk in the
// page, which the browser then loads beside the page's own scripts, not after them.
const PRELOAD: Record<Locale, ComponentType> = {
  en: dynamic(() => import("./client-messages-en").then(() => () => null)),
  ko: dynamic(() => import("./client-messages-ko").then(() => () => null)),
};

// Inherits nothing from i18n/request.ts: a `formats` or `now` added there has to be
// passed here too.
export function IntlClientProvider({
  locale,
  timeZone,
  children,
}: {
  locale: Locale;
  timeZone: string;
  children: ReactNode;
}) {
  const messages = use(messagesOf(locale));
  const Preload = PRELOAD[locale];
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      <Preload />
      {children}
    </NextIntlClientProvider>
  );
}
