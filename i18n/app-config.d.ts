// Tells next-intl which locales exist, so useLocale() / getLocale() are typed as ours.
import type { Locale } from "@/lib/i18n/locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
