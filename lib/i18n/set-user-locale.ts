// Remembers a signed-in user's language on their row, so that e-mails written by jobs
// (which have no request cookie to read) use it, and another device can follow it.
import type { Queryable } from "../reporting/queryable.ts";
import type { Locale } from "./locales.ts";

export async function setUserLocale(db: Queryable, userId: string, locale: Locale) {
  await db.query(`UPDATE users SET locale = $2 WHERE id = $1`, [userId, locale]);
}
