// The message namespaces client components read. They are bundled into the browser's code,
// one module per locale (components/i18n/client-messages-*.ts), and picked from there;
// server components still read everything through getTranslations.
// i18n/client-messages.test.ts keeps this list equal to what the modules that run in the
// browser pass to useTranslations: a namespace missing here would show raw keys in the
// browser, one no client module reads would be shipped for nothing.
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
