// Remembers a signed-in user's language on their row, so that e-mails written by jobs
// (which have no request cookie to read) use it, and another device can follow it.
import type { Queryable } from "../reporting/queryable.ts";
import type { Locale } from "./locales.ts";

export async function setUserLocale(db: Queryable, userId: string, locale: Locale) {
  await db.query(`UPDATE users SET locale = $2 WHERE id = $1`, [userId, locale]);
}

/**
 * At sign-in, a user who never chose gets the language their browser asked for, so that
 * e-mails written later by jobs are in it; a choice made with the switch is never undone.
 */
export async function rememberFirstLocale(db: Queryable, userId: string, locale: Locale) {
  await db.query(`UPDATE users SET locale = $2 WHERE id = $1 AND locale IS NULL`, [userId, locale]);
}
