import { AppError } from "../errors.ts";
import { localizeAppError } from "../i18n/localize-error.ts";
import type { Locale } from "../i18n/locales.ts";
import { ERROR_LIMITS as L } from "./openapi/common.ts";
import { STATUS_BY_CODE } from "./status.ts";

/**
 * The one JSON error shape: { error: { code, message, fields?, requestId } }. Messages are
 * in the reader's language when the request names one (lib/i18n/reader-locale.ts);
 * the code stays the same for programs.
 */
export function errorResponse(
  error: AppError,
  requestId: string,
  locale: Locale | null = null,
): Response {
  const localized = localizeAppError(error, locale);
  // Bounded like the document says: a body of 10,000 unknown keys gets a short answer.
  const message = localized.message.slice(0, L.message);
  const fields = localized.fields
    ? Object.fromEntries(
        Object.entries(localized.fields)
          .slice(0, L.fields)
          .map(([k, v]) => [
            k.slice(0, L.fieldKey),
            v.slice(0, L.perField).map((m) => m.slice(0, L.message)),
          ]),
      )
    : undefined;
  const body = {
    error: {
      code: error.code,
      message,
      ...(fields ? { fields } : {}),
      requestId,
    },
  };
  const res = Response.json(body, { status: STATUS_BY_CODE[error.code] });
  if (error.retryAfter) res.headers.set("retry-after", String(error.retryAfter));
  res.headers.set("x-request-id", requestId);
  return res;
}
