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
  "Must be valid Unicode text (a lone surrogate cannot be stored)": "loneSurrogate",
  "Use a time between 2000 and 2099": "timeRange",
  "Send either ids or all: true": "idsOrAll",
  "The start date is in the past": "startInPast",
  "An order cannot be dated before 2000": "orderTooEarly",
  "An order cannot be dated more than a day ahead": "orderTooLate",
  "The import stopped here on an error of ours; the rows before it are stored. Import the file again to add the rest (orders already stored count as duplicates).":
    "importStopped",
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
  "Say what the creator delivers (at least 3 characters)": "deliverables",
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
  "At most ₩100,000,000,000": "maxFee100b",
  "Choose a district of your home region": "chooseDistrict",
  "Choose at least one category": "chooseCategory",
  "Choose at least one language": "chooseLanguage",
  "Choose at least one scope": "chooseScope",
  "Choose your home region": "chooseRegion",
  "Enter the commission in basis points (1250 = 12.5 %)": "commissionBp",
  "Enter your handle": "enterHandle",
  "Give the token a name": "tokenName",
  "Invalid cursor: pass nextCursor from a previous page": "invalidCursor",
  "Invalid cursor: start again from the first page": "cursorStartAgain",
  "Letters, digits, dots and underscores only": "handleChars",
  "Not below 0": "notBelowZero",
  "Paste a YouTube video link": "videoLink",
  "Pick a date before 2100": "before2100",
  "Pick a time in the future": "future",
  "Scopes must be distinct": "scopesDistinct",
  "The commission cannot be negative": "commissionNegative",
  "The commission is above 50 %": "commissionMax",
  "Use a date and time": "dateTime",
  "Use whole minor units (KRW has no decimals)": "minorUnits",
  "Whole basis points only (1250 = 12.5 %)": "wholeBp",
  "Whole won only": "wholeWon",
  "An hour as YYMMDDHH": "hourFormat",
  "A category as the log writes it, without commas": "categoryChars",
  "letters, digits, spaces and . ( ) + - _": "modelChars",
  "printable ASCII without spaces": "printableAscii",
  "The API token is unknown, revoked or malformed": "tokenInvalid",
  "Ranking is busy right now; try again in a few seconds": "rankingBusy",
  "3-32 letters, digits, - or _, starting with a letter or digit": "promoChars",
};

/** zod's own English for a field that was not sent at all. */
const ZOD_MISSING = /received undefined$/;

/**
 * Whether a message is zod's own English ("Invalid input: expected string, received
 * number", "Too small: expected array to have >=3 items") rather than one of our
 * sentences: those are reworded for English readers too.
 */
export function isZodDefaultMessage(message: string): boolean {
  // ours are all in the table (known-messages.test.ts), "Invalid cursor: …" among them
  if (Object.hasOwn(KNOWN_MESSAGES, message)) return false;
  return /^(Invalid |Too small|Too big|Unrecognized key)/.test(message);
}

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
      // .positive() is "> 0": "at least 0" would name the very value refused
      return t(i.inclusive === false ? "zod.aboveValue" : "zod.minValue", { n: n(i.minimum) });
    case "too_big":
      if (i.origin === "string") return t("zod.maxChars", { n: n(i.maximum) });
      if (i.origin === "array" || i.origin === "set") return t("zod.maxItems", { n: n(i.maximum) });
      return t(i.inclusive === false ? "zod.belowValue" : "zod.maxValue", { n: n(i.maximum) });
    case "invalid_type":
      // zod's own wording says what arrived; a missing field is the one case of "required"
      if (ZOD_MISSING.test(issue.message)) return t("zod.required");
      if (i.expected === "int") return t("zod.integer");
      if (i.expected === "number") return t("zod.number");
      if (i.expected === "string") return t("zod.text");
      return t("zod.invalid");
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
