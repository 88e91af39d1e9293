import type { Metadata, Viewport } from "next";
import type { ComponentType, ReactNode } from "react";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { EnglishIntlClientProvider } from "@/components/i18n/client-messages-en";
import { KoreanIntlClientProvider } from "@/components/i18n/client-messages-ko";
import type { ClientIntlProps } from "@/components/i18n/intl-client-provider";
import type { Locale } from "@/lib/i18n/locales";
import { Providers } from "./providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("productName"), description: t("productDescription") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Client components' messages are in the browser's code, one module per locale: a page
// renders (and so loads) only its own locale's (components/i18n/intl-client-provider.tsx).
const CLIENT_INTL_PROVIDERS: Record<Locale, ComponentType<ClientIntlProps>> = {
  en: EnglishIntlClientProvider,
  ko: KoreanIntlClientProvider,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry that response's CSP nonce
  // (proxy.ts), which a page prerendered at build time could not know.
  await connection();
  const locale = await getLocale();
  const IntlClientProvider = CLIENT_INTL_PROVIDERS[locale];
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        <IntlClientProvider timeZone={await getTimeZone()}>
          <Providers>{children}</Providers>
        </IntlClientProvider>
      </body>
    </html>
  );
}
