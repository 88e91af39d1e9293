// Translations outside React: e-mails and notifications written by server code and jobs,
// where there is no request (so no next-intl request config) but a recipient's locale.
// Same message files, same ICU syntax as t() on pages.
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { DISPLAY_TIME_ZONE } from "./format.ts";
import type { Locale } from "./locales.ts";
import { fixKoreanParticles } from "./korean-particles.ts";
import { loadMessages } from "./messages.ts";

type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

// One translator per locale and namespace, rebuilt only when the messages object is
// (development edits): building one, and parsing its ICU messages without a shared
// cache, cost more than the notification it wrote.
const translators = new Map<string, { messages: object; translate: Translate }>();
const intlCache = _createCache();
const formatters = _createIntlFormatters(intlCache);

/** t(key, values) for one namespace ("notify", "errors") in one locale. */
export function translatorFor(locale: Locale, namespace: string): Translate {
  const messages = loadMessages(locale);
  const key = `${locale}\u0000${namespace}`;
  const hit = translators.get(key);
  if (hit?.messages === messages) return hit.translate;
  const t = createTranslator({
    locale,
    messages,
    namespace: namespace as never,
    timeZone: DISPLAY_TIME_ZONE,
    _cache: intlCache,
    _formatters: formatters,
  });
  // Korean: "{name}이(가)" becomes "이하늘이", "{amount}(으)로" "₩1,200,000으로"
  const translate: Translate =
    locale === "ko"
      ? (k, values) => fixKoreanParticles((t as unknown as Translate)(k, values))
      : (k, values) => (t as unknown as Translate)(k, values);
  translators.set(key, { messages, translate });
  return translate;
}
