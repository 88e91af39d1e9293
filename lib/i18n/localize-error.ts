// Error messages a person reads, in their language. Code throws AppErrors and zod
// schemas carry messages in English (the API's language for programs); a 4xx answer to a
// page, a server action or a browser's fetch is put into the reader's language here:
// zod issues from their structure (code, bounds, format), our own sentences through a
// table of known English messages (messages/*/validation.json "known"), anything else
// by the error's code. English readers get the original wording.
import type { AppError, FieldErrors } from "../errors.ts";
import { STATUS_LABEL } from "../matches/status-labels.ts";
import type { Locale } from "./locales.ts";
import { isZodDefaultMessage, localizeIssue, localizeMessage } from "./localize-issue.ts";
import { translatorFor } from "./translator.ts";

/**
 * The message and field messages of an AppError for a reader of `locale`. Zod issues,
 * when the error carries them, are localized from their structure.
 */
export function localizeAppError(
  error: AppError,
  locale: Locale | null,
): { message: string; fields?: FieldErrors } {
  if (!locale || locale === "en") return inEnglish(error);
  const t = translatorFor(locale, "validation");
  const message =
    patternMessage(error.message, locale, t) ?? localizeMessage(error.message, error.code, t);
  if (!error.fields) return { message };
  // no prototype: a field named "__proto__" (an unknown key a client sent) is a field
  const fields: FieldErrors = Object.create(null);
  const fromIssues = error.zodIssues;
  if (fromIssues) {
    for (const { key, issue } of fromIssues)
      addOnce(fields, key, patternMessage(issue.message, locale, t) ?? localizeIssue(issue, t));
    return { message, fields };
  }
  for (const [key, list] of Object.entries(error.fields))
    for (const m of list)
      addOnce(fields, key, patternMessage(m, locale, t) ?? localizeMessage(m, error.code, t));
  return { message, fields };
}

/**
 * The API's English: our own sentences as written, zod's own wording ("Invalid input:
 * expected string, received undefined") put as a person would ("Required").
 */
function inEnglish(error: AppError): { message: string; fields?: FieldErrors } {
  const fromIssues = error.zodIssues;
  if (!fromIssues?.some(({ issue }) => isZodDefaultMessage(issue.message)))
    return { message: error.message, fields: error.fields };
  const t = translatorFor("en", "validation");
  const fields: FieldErrors = Object.create(null);
  for (const { key, issue } of fromIssues)
    addOnce(
      fields,
      key,
      isZodDefaultMessage(issue.message) ? localizeIssue(issue, t) : issue.message,
    );
  return { message: error.message, fields };
}

function addOnce(fields: FieldErrors, key: string, message: string) {
  const list = (fields[key] ??= []);
  if (!list.includes(message)) list.push(message);
}

type Translate = ReturnType<typeof translatorFor>;

// English sentences with values in them (a status, a count) -> key under
// validation.known; a status is put into words through the enums. A refusal worded
// only by its code ("someone changed it meanwhile") would send the reader to retry
// what will never succeed.
// `labels`: the status is a match status's English label (lib/matches/status-labels.ts).
const PATTERNS: {
  re: RegExp;
  key: string;
  statuses?: "matchStatusWords" | "campaignStatus";
  labels?: true;
}[] = [
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
    re: /^This match changed while you were looking: .+ moved it to (?<status>[a-z ]+)(?: at \S+)? \(version (?<n>\d+), you had (?<had>\d+)\)\. Reload to see the new state\.$/,
    key: "matchChanged",
    labels: true,
  },
  {
    re: /^Now (?<n>\d+): (?<status>[a-z ]+)$/,
    key: "matchNow",
    labels: true,
  },
  // a query number's bounds (lib/api/query-params.ts)
  { re: /^Use a whole number from (?<min>-?\d+) to (?<max>-?\d+)$/, key: "wholeNumberRange" },
  { re: /^Use a number from (?<min>-?[\d.]+) to (?<max>-?[\d.]+)$/, key: "numberRange" },
  {
    re: /^A fee above (?<amount>.+?) needs an admin's review: decline this match and propose again at that fee$/,
    key: "feeNeedsReview",
  },
  {
    re: /^An agreement above (?<amount>.+?) needs an admin's review: decline this match, and the brand can propose again at that fee$/,
    key: "agreementNeedsReview",
  },
];

const STATUS_BY_LABEL = new Map(
  Object.entries(STATUS_LABEL).map(([status, label]) => [label, status]),
);

function patternMessage(message: string, locale: Locale, t: Translate): string | null {
  for (const { re, key, statuses, labels } of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const values: Record<string, string> = {};
    const words = statuses || labels ? translatorFor(locale, "enums") : null;
    for (const [k, v] of Object.entries(m.groups ?? {})) {
      if (labels && k === "status") {
        const status = STATUS_BY_LABEL.get(v);
        // a label this table does not know: the error code's sentence, not a wrong status
        if (!status) return null;
        values[k] = words!(`matchStatusWords.${status}`);
      } else
        values[k] =
          words && statuses && k !== "n" && k !== "amount"
            ? words(`${statuses}.${v.toUpperCase()}`)
            : v;
    }
    return t(`known.${key}`, values);
  }
  return null;
}
