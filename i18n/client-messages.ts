// The message namespaces client components read. next-intl's NextIntlClientProvider,
// given no `messages`, serialises every namespace of the locale into every page's RSC
// payload (about a quarter of the brand dashboard's); the root layout hands it only these,
// picked from the request's messages. Server components still read everything through
// getTranslations. i18n/client-messages.test.ts keeps this list equal to what the modules
// that run in the browser pass to useTranslations: a namespace missing here would show raw
// keys in the browser, one no client module reads would be sent for nothing.
// An entry is a top-level namespace ("enums") or a part of one ("money.import").
export const CLIENT_MESSAGE_NAMESPACES = [
  "actions",
  "adStats.upload",
  "apiTokens",
  "auth",
  "campaignForm",
  "campaignList",
  "common",
  "creatorPanel",
  "creatorProfile",
  "definitions",
  "enums",
  "errors.page",
  "findCreators",
  "forecast",
  "matchFacts",
  "money.admin",
  "money.import",
  "money.secret",
  "money.topUp",
  "moneyTerms",
  "nav",
  "report",
  "reviewQueue",
  "tracking.panel",
  "validation",
  "vocab",
  "workflow",
  "youtube",
] as const;
