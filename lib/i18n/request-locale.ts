import "server-only";
// The locale of the request being rendered: the language switch's cookie, else the
// browser's Accept-Language (lib/i18n/locales.ts says why Korean is the fallback).
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales.ts";

export async function requestLocale(): Promise<Locale> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return resolveLocale(c.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
}
