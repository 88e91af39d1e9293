// next-intl's per-request configuration (found by the plugin in next.config.mjs): no
// locale in the URL; the locale comes from the switch's cookie or the browser.
import { getRequestConfig } from "next-intl/server";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/format";
import { loadMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: loadMessages(locale), timeZone: DISPLAY_TIME_ZONE };
});
