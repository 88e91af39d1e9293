"use client";
// next-intl's provider for client components. Their messages are part of the browser's
// code: one chunk per locale (client-messages-en.ts, client-messages-ko.ts), loaded with
// next/dynamic, so a page loads only its own locale's, preloaded by the server render and
// then cached. Passed from the server instead, the messages (~35,000 characters) crossed
// into every page's RSC payload and HTML, encoded and escaped on every request: three
// quarters of a 404 page's HTML.
import dynamic from "next/dynamic";
import { NextIntlClientProvider } from "next-intl";
import type { ComponentType, ReactNode } from "react";
import { CLIENT_MESSAGE_NAMESPACES } from "@/i18n/client-messages";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, pickMessages } from "@/lib/i18n/pick-messages";

type ProviderProps = { timeZone: string; children: ReactNode };

// Inherits nothing from i18n/request.ts: a `formats` or `now` added there has to be
// passed here too.
function providerFor(locale: Locale, namespaceFiles: Messages): ComponentType<ProviderProps> {
  const messages = pickMessages(namespaceFiles, CLIENT_MESSAGE_NAMESPACES);
  return function LocaleIntlProvider({ timeZone, children }: ProviderProps) {
    return (
      <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
        {children}
      </NextIntlClientProvider>
    );
  };
}

// Each import() literal where next/dynamic can see it: that is how the build splits the
// chunk and the server render preloads it.
const PROVIDERS: Record<Locale, ComponentType<ProviderProps>> = {
  en: dynamic(() =>
    import("./client-messages-en").then((m) => providerFor("en", m.enNamespaceFiles)),
  ),
  ko: dynamic(() =>
    import("./client-messages-ko").then((m) => providerFor("ko", m.koNamespaceFiles)),
  ),
};

export function IntlClientProvider({ locale, ...props }: ProviderProps & { locale: Locale }) {
  const Provider = PROVIDERS[locale];
  return <Provider {...props} />;
}
