// Whose language an API or server-action answer is for: the language switch's cookie,
// else the browser's Accept-Language; null when the request names neither (curl, a
// script), whose errors stay in the API's English.
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales.ts";

export function readerLocale(headers: Headers): Locale | null {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  const accept = headers.get("accept-language");
  if (!cookie && !accept?.trim()) return null;
  return resolveLocale(cookie, accept);
}
