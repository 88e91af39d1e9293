// next-intl's per-request configuration (found by the plugin in next.config.mjs): no
// locale in the URL; the locale comes from the switch's cookie or the browser.
import { getRequestConfig } from "next-intl/server";
import { _createCache } from "use-intl/core";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/format";
import { loadMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";

// Parsed ICU messages for the life of the process, not per request: next-intl otherwise
// starts every request with an empty cache and parses each message a server component
// uses again (client components' provider keeps its own). Keyed by the message text,
// locale and formats (the time zone included), so entries never go stale, and bounded
// by the messages files. `_cache` is use-intl's own option: next-intl 4.15's getConfig
// keeps unknown fields of this config and hands them to createTranslator; were an
// upgrade to drop it, pages would parse per request again, not break.
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
