// Error messages a person reads, in their language. Code throws AppErrors and zod
// schemas carry messages in English (the API's language for programs); a 4xx answer to a
// page, a server action or a browser's fetch is put into the reader's language here:
// zod issues from their structure (code, bounds, format), our own sentences through a
// table of known English messages (messages/*/validation.json "known"), anything else
// by the error's code. English readers get the original wording.
import type { AppError, FieldErrors } from "../errors.ts";
import type { Locale } from "./locales.ts";
import { localizeIssue, localizeMessage } from "./localize-issue.ts";
import { translatorFor } from "./translator.ts";

/**
 * The message and field messages of an AppError for a reader of `locale`. Zod issues,
 * when the error carries them, are localized from their structure.
 */
export function localizeAppError(
  error: AppError,
  locale: Locale | null,
): { message: string; fields?: FieldErrors } {
  if (!locale || locale === "en") return { message: error.message, fields: error.fields };
  const t = translatorFor(locale, "validation");
  const message =
    patternMessage(error.message, locale, t) ?? localizeMessage(error.message, error.code, t);
  if (!error.fields) return { message };
  // no prototype: a field named "__proto__" (an unknown key a client sent) is a field
  const fields: FieldErrors = Object.create(null);
  const fromIssues = error.zodIssues;
  if (fromIssues) {
    for (const { key, issue } of fromIssues) (fields[key] ??= []).push(localizeIssue(issue, t));
    return { message, fields };
  }
  for (const [key, list] of Object.entries(error.fields))
    fields[key] = list.map((m) => localizeMessage(m, error.code, t));
  return { message, fields };
}

type Translate = ReturnType<typeof translatorFor>;

// English sentences with values in them (a status, a count) -> key under
// validation.known; a status is put into words through the enums. A refusal worded
// only by its code ("someone changed it meanwhile") would send the reader to retry
// what will never succeed.
const PATTERNS: { re: RegExp; key: string; statuses?: "matchStatusWords" | "campaignStatus" }[] = [
  {
    re: /^This creator already has a match for this campaign \((?<status>[A-Z]+)\)$/,
    key: "alreadyMatched",
    statuses: "matchStatusWords",
  },
  {
    re: /^This creator has had (?<n>\d+) proposals for this campaign: no more can be sent$/,
    key: "tooManyProposals",
  },
  {
    re: /^A match cannot go from (?<from>[A-Z]+) to (?<to>[A-Z]+)$/,
    key: "matchCannotGo",
    statuses: "matchStatusWords",
  },
  {
    re: /^You cannot move an? (?<from>[A-Z]+) match to (?<to>[A-Z]+)$/,
    key: "matchNotYours",
    statuses: "matchStatusWords",
  },
  {
    re: /^An? (?<from>[a-z]+) campaign cannot become (?<to>[a-z]+)$/,
    key: "campaignCannotBecome",
    statuses: "campaignStatus",
  },
  {
    re: /^A shortlist holds at most (?<n>\d+) creators: take some off first$/,
    key: "shortlistFull",
  },
  {
    re: /^The campaign changed since you read it \(version \d+, now \d+\); reload and try again$/,
    key: "campaignChanged",
  },
  {
    re: /^A fee above (?<amount>.+?) needs an admin's review: decline this match and propose again at that fee$/,
    key: "feeNeedsReview",
  },
  {
    re: /^An agreement above (?<amount>.+?) needs an admin's review: decline this match, and the brand can propose again at that fee$/,
    key: "agreementNeedsReview",
  },
];

function patternMessage(message: string, locale: Locale, t: Translate): string | null {
  for (const { re, key, statuses } of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const values: Record<string, string> = {};
    const words = statuses ? translatorFor(locale, "enums") : null;
    for (const [k, v] of Object.entries(m.groups ?? {}))
      values[k] =
        words && k !== "n" && k !== "amount" ? words(`${statuses}.${v.toUpperCase()}`) : v;
    return t(`known.${key}`, values);
  }
  return null;
}
