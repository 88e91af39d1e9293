// next-intl's per-request configuration (found by the plugin in next.config.mjs): no
// locale in the URL; the locale comes from the switch's cookie or the browser.
import { getRequestConfig } from "next-intl/server";
import { _createCache } from "use-intl/core";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/format";
import { loadMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";

// Parsed ICU messages for the life of the process, not per request: next-intl otherwise
// starts every request with an empty cache and parses each message a page uses again
// (a tenth of /dashboard's request-thread time). Keyed by the message text, locale and
// formats, so entries never go stale, and bounded by the messages files.
const parsedMessages = _createCache();

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: loadMessages(locale),
    timeZone: DISPLAY_TIME_ZONE,
    // Not in RequestConfig's type; getConfig passes it on to createTranslator.
    ...({ _cache: parsedMessages } as object),
  };
});
