// Whose language an API or server-action answer is for: the language switch's cookie,
// else the browser's Accept-Language; null when the request names neither (curl, a
// script; also "Accept-Language: *", which Node's fetch and many HTTP clients send by
// default), whose errors stay in the API's English.
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales.ts";

export function readerLocale(headers: Headers): Locale | null {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  const accept = headers.get("accept-language");
  if (!cookie && namesNoLanguage(accept)) return null;
  return resolveLocale(cookie, accept);
}

/** No header, or only the wildcard ("*", "*;q=0.5"): any language, so none in particular. */
function namesNoLanguage(accept: string | null): boolean {
  if (!accept?.trim()) return true;
  return accept
    .slice(0, 512)
    .split(",")
    .every((part) => part.split(";")[0]!.trim() === "*" || part.trim() === "");
}
