import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { IntlClientProvider } from "@/components/i18n/intl-client-provider";
import { HydrationGuard } from "@/components/ui/hydration-guard";
import { HYDRATION_GUARD_SCRIPT } from "@/components/ui/hydration-guard-script";
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
    // the guard script marks <html> before React hydrates it (hydration-guard.tsx)
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh font-sans">
        {/* inline, first in the body: it runs as the page is parsed, before any
            button is on screen (next/script's beforeInteractive waits for Next's own
            scripts in the App Router). The browser hides a nonce from the DOM. */}
        <script
          nonce={(await headers()).get("x-nonce") ?? undefined}
          dangerouslySetInnerHTML={{ __html: HYDRATION_GUARD_SCRIPT }}
          suppressHydrationWarning
        />
        <HydrationGuard />
        <IntlClientProvider locale={locale} timeZone={await getTimeZone()}>
          <Providers>{children}</Providers>
        </IntlClientProvider>
      </body>
    </html>
  );
}
