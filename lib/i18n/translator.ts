// Translations outside React: e-mails and notifications written by server code and jobs,
// where there is no request (so no next-intl request config) but a recipient's locale.
// Same message files, same ICU syntax as t() on pages.
import { createTranslator } from "use-intl/core";
import { DISPLAY_TIME_ZONE } from "./format.ts";
import type { Locale } from "./locales.ts";
import { loadMessages } from "./messages.ts";

/** t(key, values) for one namespace ("notify", "errors") in one locale. */
export function translatorFor(locale: Locale, namespace: string) {
  const t = createTranslator({
    locale,
    messages: loadMessages(locale),
    namespace: namespace as never,
    timeZone: DISPLAY_TIME_ZONE,
  });
  return (key: string, values?: Record<string, string | number | Date>) =>
    (t as unknown as (k: string, v?: Record<string, string | number | Date>) => string)(
      key,
      values,
    );
}
