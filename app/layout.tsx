import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { getLocale, getMessages, getTimeZone, getTranslations } from "next-intl/server";
import { IntlClientProvider } from "@/components/i18n/intl-client-provider";
import { CLIENT_MESSAGE_NAMESPACES } from "@/i18n/client-messages";
import { clientMessagesJson } from "@/lib/i18n/messages";
import { Providers } from "./providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("productName"), description: t("productDescription") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry that response's CSP nonce
  // (proxy.ts), which a page prerendered at build time could not know.
  await connection();
  const locale = await getLocale();
  // Client components get only the namespaces they read, since whatever the provider is
  // given is serialised into every page (server components read all through
  // getTranslations), and get them as one JSON text (components/i18n/intl-client-provider.tsx).
  // That provider is a client component and inherits nothing from i18n/request.ts: a
  // `formats` or `now` added there has to be passed here too.
  const messagesJson = clientMessagesJson(await getMessages(), CLIENT_MESSAGE_NAMESPACES);
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        <IntlClientProvider
          locale={locale}
          timeZone={await getTimeZone()}
          messagesJson={messagesJson}
        >
          <Providers>{children}</Providers>
        </IntlClientProvider>
      </body>
    </html>
  );
}
