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
  const message = localizeMessage(error.message, error.code, t);
  if (!error.fields) return { message };
  const fields: FieldErrors = {};
  const fromIssues = error.zodIssues;
  if (fromIssues) {
    for (const { key, issue } of fromIssues) (fields[key] ??= []).push(localizeIssue(issue, t));
    return { message, fields };
  }
  for (const [key, list] of Object.entries(error.fields))
    fields[key] = list.map((m) => localizeMessage(m, error.code, t));
  return { message, fields };
}
