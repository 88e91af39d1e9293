// Wording of errors for a person, free of server-only imports so that client forms use it
// too (lib/i18n/localize-error.ts applies it to API and action answers). Zod issues are
// reworded from their structure (code, bounds, format), our own English sentences through
// a table of known messages (messages/*/validation.json "known").
import type { z } from "zod";

export type T = (key: string, values?: Record<string, string | number>) => string;

// English sentences our code and schemas produce -> key under validation.known.
// A message not listed falls back to the generic message of its error code.
export const KNOWN_MESSAGES: Record<string, string> = {
  "Some fields are invalid": "someFieldsInvalid",
  "Sign in to continue": "signIn",
  "You do not have access to this resource": "noAccess",
  "Must not contain NUL characters": "noNul",
  "Entries must be distinct": "distinct",
  "At least one weight must be above 0": "oneWeight",
  "The minimum must not be above the maximum": "minAboveMax",
  "Use ISO 3166-1 alpha-2 codes, e.g. KR": "countryCode",
  "Use an ISO 8601 date (2027-01-31) or date-time with an offset": "isoDate",
  "Use an http(s) address": "httpUrl",
  "Choose a platform": "choosePlatform",
  "The end date must be on or after the start date": "endAfterStart",
  "Name at least one field to change": "nameAField",
  "Use a date like 2026-12-31": "dateLike",
  "Enter the fee in won": "feeInWon",
  "The fee must be at least ₩1": "feeMin",
  "The fee is above ₩10,000,000,000": "feeMax",
  "Say what the creator delivers": "deliverables",
  "At most 1,000 characters": "max1000",
  "At most 2,000 characters": "max2000",
  "At most 4,000 characters": "max4000",
  "The end date is before the start date": "endBeforeStart",
  "Write a message": "writeMessage",
  "Pick at least one match": "pickMatch",
  "Give a reason the brand can read": "giveReason",
  "Unknown field": "unknownField",
  "A completed campaign can no longer be changed": "campaignCompleted",
  "This campaign is completed": "campaignCompleted",
  "This campaign is paused: resume it to send proposals": "campaignPaused",
  "Only the campaign's brand can do this": "onlyBrand",
  "There is no offer to accept": "noOffer",
  "This creator has no channel data to score yet": "noChannelData",
  "This proposal waits for admin review before it goes to the creator": "waitsReview",
  "You cannot accept your own offer": "ownOffer",
  "You do not manage this brand": "notYourBrand",
  "Your offer is on the table: wait for the other side's answer": "offerOnTable",
  "This match is not waiting for review": "notWaitingReview",
  "Say which brand the campaign is for": "whichBrand",
  "The server is busy; try again shortly": "busy",
  "This creator's match for this campaign changed a moment ago: try again": "matchChangedMoment",
};

/** One zod issue in the reader's language, from its structure. */
export function localizeIssue(issue: z.core.$ZodIssue, t: T): string {
  const known = KNOWN_MESSAGES[issue.message];
  if (known) return t(`known.${known}`);
  const i = issue as unknown as Record<string, unknown>;
  const n = (v: unknown) => String(typeof v === "bigint" ? Number(v) : v);
  switch (issue.code) {
    case "too_small":
      if (i.origin === "string")
        return Number(i.minimum) <= 1 ? t("zod.required") : t("zod.minChars", { n: n(i.minimum) });
      if (i.origin === "array" || i.origin === "set") return t("zod.minItems", { n: n(i.minimum) });
      return t("zod.minValue", { n: n(i.minimum) });
    case "too_big":
      if (i.origin === "string") return t("zod.maxChars", { n: n(i.maximum) });
      if (i.origin === "array" || i.origin === "set") return t("zod.maxItems", { n: n(i.maximum) });
      return t("zod.maxValue", { n: n(i.maximum) });
    case "invalid_type":
      return i.expected === "number" ? t("zod.number") : t("zod.required");
    case "invalid_format":
      if (i.format === "email") return t("zod.email");
      if (i.format === "url") return t("zod.url");
      if (i.format === "date" || i.format === "datetime") return t("zod.date");
      if (i.format === "uuid") return t("zod.id");
      return t("zod.format");
    case "invalid_value":
      return t("zod.option");
    case "unrecognized_keys":
      return t("known.unknownField");
    case "not_multiple_of":
      return t("zod.integer");
    default:
      return t("zod.invalid");
  }
}

/** A plain English message (an AppError's or a field's) in the reader's language. */
export function localizeMessage(message: string, code: string, t: T): string {
  const known = KNOWN_MESSAGES[message];
  if (known) return t(`known.${known}`);
  return t(`code.${code}`);
}
