import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { IntlClientProvider } from "@/components/i18n/intl-client-provider";
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
  // Client components' messages are in the browser's code, a chunk per locale
  // (components/i18n/intl-client-provider.tsx): only the locale crosses from here.
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        <IntlClientProvider locale={locale} timeZone={await getTimeZone()}>
          <Providers>{children}</Providers>
        </IntlClientProvider>
      </body>
    </html>
  );
}
